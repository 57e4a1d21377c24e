<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CategoryLanguageEditor</name>
    <message>
        <source>Kinds of messages in each language</source>
        <translation>أنواع الرسائل بكل لغة</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>نوع الرسالة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Save this &amp;language</source>
        <translation>احفظ هذه ال&amp;لغة</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>%s (not saved yet)</source>
        <translation>%s (لم تُحفظ بعد)</translation>
    </message>
    <message>
        <source>Not saved in this language yet: %s. Forms in it print them in the shop&apos;s language until you save.</source>
        <translation>لم تُحفظ بهذه اللغة بعد: %s. تطبعها النماذج بهذه اللغة بلغة المتجر إلى أن تحفظها.</translation>
    </message>
    <message>
        <source>Every kind of message has its text in this language.</source>
        <translation>لكل نوع من الرسائل نصّه بهذه اللغة.</translation>
    </message>
    <message>
        <source>Saving the kinds of messages</source>
        <translation>حفظ أنواع الرسائل</translation>
    </message>
    <message>
        <source>Save the kinds of messages</source>
        <translation>احفظ أنواع الرسائل</translation>
    </message>
    <message>
        <source>Kinds of messages saved in %s (wording v%d)</source>
        <translation>حُفظت أنواع الرسائل بـ%s (النص الإصدار %d)</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>A saved kind of message keeps its kind: the consent people gave was for service or for marketing messages. To change it, archive this one and add a new one.</source>
        <translation>يحتفظ نوع الرسالة المحفوظ بصنفه: الموافقة التي أعطاها الناس كانت لرسائل الخدمة أو للرسائل التسويقية. لتغييره، أرشف هذا النوع وأضف نوعًا جديدًا.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>ا&amp;فتح قائمة…</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>ال&amp;صق قائمة</translation>
    </message>
    <message>
        <source>Open a list, drop a file here, or paste one.</source>
        <translation>افتح قائمة، أو أفلت ملفًا هنا، أو الصق قائمة.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>ا&amp;فحص</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <source>Show verdict</source>
        <translation>اعرض النتيجة</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>احفظ ال&amp;تقرير…</translation>
    </message>
    <message>
        <source>Save &amp;allowed list…</source>
        <translation>احفظ القائمة الم&amp;سموح بها…</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>سجّلها ك&amp;مرسلة</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>ال&amp;ورقة:</translation>
    </message>
    <message>
        <source>&amp;Numbers in column:</source>
        <translation>الأ&amp;رقام في العمود:</translation>
    </message>
    <message>
        <source>Na&amp;mes in column:</source>
        <translation>الأ&amp;سماء في العمود:</translation>
    </message>
    <message>
        <source>Kind of &amp;message:</source>
        <translation>نوع ال&amp;رسالة:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>اعرض:</translation>
    </message>
    <message>
        <source>No list checked yet. Paste a list of numbers or open a file, then check it: every row gets its verdict here.</source>
        <translation>لم تُفحص أي قائمة بعد. الصق قائمة أرقام أو افتح ملفًا، ثم افحصها: يظهر هنا حكم كل صف.</translation>
    </message>
    <message>
        <source>No row has this verdict. Choose “All rows” to see every row.</source>
        <translation>لا يوجد صف بهذه النتيجة. اختر «كل الصفوف» لرؤية كل الصفوف.</translation>
    </message>
    <message>
        <source>Open a recipient list</source>
        <translation>افتح قائمة مستلمين</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the numbers first.</source>
        <translation>لا يوجد نص في الحافظة: انسخ الأرقام أولًا.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation>تعذّرت قراءة %s: %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n records</source>
        <translation>
            <numerusform>%1 — %n سجلات</numerusform>
            <numerusform>%1 — سجل واحد</numerusform>
            <numerusform>%1 — سجلان</numerusform>
            <numerusform>%1 — %n سجلات</numerusform>
            <numerusform>%1 — %n سجلًا</numerusform>
            <numerusform>%1 — %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>الفحص %1: %n صفوف من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1: صف واحد من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1: صفان من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1: %n صفوف من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1: %n صفًا من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1: %n صف من %2 لـ%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</source>
        <translation>
            <numerusform>آخر فحص محفوظ، %1: لا صفوف من %2 لـ%3، سُجّل مُرسَلًا في %4. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: صف واحد من %2 لـ%3، سُجّل مُرسَلًا في %4. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: صفان من %2 لـ%3، سُجّل مُرسَلًا في %4. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: %n صفوف من %2 لـ%3، سُجّل مُرسَلًا في %4. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: %n صفًا من %2 لـ%3، سُجّل مُرسَلًا في %4. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: %n صف من %2 لـ%3، سُجّل مُرسَلًا في %4. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.</source>
        <translation>
            <numerusform>آخر فحص محفوظ، %1: لا صفوف من %2 لـ%3. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: صف واحد من %2 لـ%3. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: صفان من %2 لـ%3. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: %n صفوف من %2 لـ%3. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: %n صفًا من %2 لـ%3. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
            <numerusform>آخر فحص محفوظ، %1: %n صف من %2 لـ%3. افتح قائمة أو الصقها لفحص قائمة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.</source>
        <translation>
            <numerusform>الفحص %1، حُفظ في %5: لا صفوف من %2 لـ%3، سُجّل مُرسَلًا في %4.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: صف واحد من %2 لـ%3، سُجّل مُرسَلًا في %4.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: صفان من %2 لـ%3، سُجّل مُرسَلًا في %4.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: %n صفوف من %2 لـ%3، سُجّل مُرسَلًا في %4.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: %n صفًا من %2 لـ%3، سُجّل مُرسَلًا في %4.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: %n صف من %2 لـ%3، سُجّل مُرسَلًا في %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>الفحص %1، حُفظ في %5: لا صفوف من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: صف واحد من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: صفان من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: %n صفوف من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: %n صفًا من %2 لـ%3.</numerusform>
            <numerusform>الفحص %1، حُفظ في %5: %n صف من %2 لـ%3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n rows: %1 may be sent to</source>
        <translation>
            <numerusform>فُحص %n صفوف: يمكن الإرسال إلى %1</numerusform>
            <numerusform>فُحص صف واحد: يمكن الإرسال إلى %1</numerusform>
            <numerusform>فُحص صفان: يمكن الإرسال إلى %1</numerusform>
            <numerusform>فُحص %n صفوف: يمكن الإرسال إلى %1</numerusform>
            <numerusform>فُحص %n صفًا: يمكن الإرسال إلى %1</numerusform>
            <numerusform>فُحص %n صف: يمكن الإرسال إلى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n people as sent a “%1” message now?</source>
        <translation>
            <numerusform>هل تسجّل الآن أن %n أشخاص أُرسلت إليهم رسالة «%1»؟</numerusform>
            <numerusform>هل تسجّل الآن أن شخص واحد أُرسلت إليهم رسالة «%1»؟</numerusform>
            <numerusform>هل تسجّل الآن أن شخصين أُرسلت إليهم رسالة «%1»؟</numerusform>
            <numerusform>هل تسجّل الآن أن %n أشخاص أُرسلت إليهم رسالة «%1»؟</numerusform>
            <numerusform>هل تسجّل الآن أن %n شخصًا أُرسلت إليهم رسالة «%1»؟</numerusform>
            <numerusform>هل تسجّل الآن أن %n شخص أُرسلت إليهم رسالة «%1»؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>اختر العمود الذي فيه أرقام الهواتف.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>جارٍ فحص %n صفوف…</numerusform>
            <numerusform>جارٍ فحص %n صف…</numerusform>
            <numerusform>جارٍ فحص صفين…</numerusform>
            <numerusform>جارٍ فحص %n صفوف…</numerusform>
            <numerusform>جارٍ فحص %n صفًا…</numerusform>
            <numerusform>جارٍ فحص %n صف…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n need an opt-out option</source>
        <translation>
            <numerusform> — %n يحتاجون إلى خيار إلغاء الاشتراك</numerusform>
            <numerusform> — %n يحتاج إلى خيار إلغاء الاشتراك</numerusform>
            <numerusform> — يحتاجان إلى خيار إلغاء الاشتراك</numerusform>
            <numerusform> — %n يحتاجون إلى خيار إلغاء الاشتراك</numerusform>
            <numerusform> — %n يحتاجون إلى خيار إلغاء الاشتراك</numerusform>
            <numerusform> — %n يحتاج إلى خيار إلغاء الاشتراك</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was kept.</source>
        <translation>أُلغي الفحص؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>احفظ التقرير</translation>
    </message>
    <message>
        <source>Save the allowed list</source>
        <translation>احفظ القائمة المسموح بها</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>سجّلها كمرسلة</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n messages as sent</source>
        <translation>
            <numerusform>سُجّلت %n رسائل كمرسلة</numerusform>
            <numerusform>سُجّلت %n رسالة كمرسلة</numerusform>
            <numerusform>سُجّلت رسالتين كمرسلة</numerusform>
            <numerusform>سُجّلت %n رسائل كمرسلة</numerusform>
            <numerusform>سُجّلت %n رسالةً كمرسلة</numerusform>
            <numerusform>سُجّلت %n رسالة كمرسلة</numerusform>
        </translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(بلا أسماء)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>كُتب %n صفوف في %1</numerusform>
            <numerusform>كُتب صف واحد في %1</numerusform>
            <numerusform>كُتب صفان في %1</numerusform>
            <numerusform>كُتب %n صفوف في %1</numerusform>
            <numerusform>كُتب %n صفًا في %1</numerusform>
            <numerusform>كُتب %n صف في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>رقم واتساب</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name or number, in any format</source>
        <translation>ابحث بالاسم أو الرقم، بأي صيغة</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>ابحث في جهات الاتصال</translation>
    </message>
    <message>
        <source>History of the selected contact</source>
        <translation>سجلّ جهة الاتصال المختارة</translation>
    </message>
    <message>
        <source>New o&amp;pt-in…</source>
        <translation>ا&amp;شتراك جديد…</translation>
    </message>
    <message>
        <source>Record opt-&amp;out…</source>
        <translation>سجّل إ&amp;لغاء اشتراك…</translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation>أ&amp;بطل قيدًا…</translation>
    </message>
    <message>
        <source>Open s&amp;can</source>
        <translation>افتح ال&amp;مسح الضوئي</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>ا&amp;محُ بناءً على الطلب…</translation>
    </message>
    <message>
        <source>P&amp;roof of consent…</source>
        <translation>إ&amp;ثبات الموافقة…</translation>
    </message>
    <message>
        <source>Pre-filled &amp;form</source>
        <translation>&amp;نموذج معبّأ مسبقًا</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>سجّله:</translation>
    </message>
    <message>
        <source>Choose a contact to see their history.</source>
        <translation>اختر جهة اتصال لترى سجلّها.</translation>
    </message>
    <message>
        <source>Proof of consent</source>
        <translation>إثبات الموافقة</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s (ledger head %s…)</source>
        <translation>حُفظ إثبات الموافقة في %s (رأس السجل %s…)</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s, its JSON proof to %s (ledger head %s…)</source>
        <translation>حُفظ إثبات الموافقة في %s، وإثبات JSON الخاص به في %s (بصمة السجل %s…)</translation>
    </message>
    <message>
        <source>Void entry #%d</source>
        <translation>أبطل القيد رقم %d</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>لماذا هذا القيد خاطئ؟ (يُحفظ مع السجل)</translation>
    </message>
    <message>
        <source>Voiding an opt-out</source>
        <translation>إبطال إلغاء اشتراك</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>أبطل القيد</translation>
    </message>
    <message>
        <source>Voided entry #%d: %s</source>
        <translation>أُبطل القيد رقم %d: %s</translation>
    </message>
    <message>
        <source>Erase %s on their request?

Their name, number and scans are removed for good. The consent history stays (without them), and the number stays blocked from broadcasts.</source>
        <translation>هل تمحو %s بناءً على طلبه؟

يُحذف اسمه ورقمه ومسحه الضوئي نهائيًا. يبقى سجل الموافقة (من دونها)، ويبقى الرقم محظورًا من الرسائل الجماعية.</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>امحُ بناءً على الطلب</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>محو شخص</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>امحُ</translation>
    </message>
    <message>
        <source>Erased on request; the number stays blocked</source>
        <translation>مُحي بناءً على الطلب؛ يبقى الرقم محظورًا</translation>
    </message>
    <message>
        <source> (wiping the freed space failed: %s)</source>
        <translation> (تعذّر تنظيف المساحة المحرّرة: %s)</translation>
    </message>
    <message>
        <source> (still readable in the file until the other reader closes)</source>
        <translation> (لا يزال مقروءًا في الملف حتى يُغلقه القارئ الآخر)</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file while a page of this window is still reading it. Try again to finish?</source>
        <translation>مُحي الشخص من السجلات، لكنه لا يزال مقروءًا في الملف ما دامت صفحة من هذه النافذة تقرؤه. أتريد المحاولة مرة أخرى لإكمال المحو؟</translation>
    </message>
    <message>
        <source>The person is erased from the records, but the server keeps their old row versions while another computer has a transaction open. Try again to finish?</source>
        <translation>مُحي الشخص من السجلات، لكن الخادم يحتفظ بالنسخ القديمة من صفوفه ما دام حاسوب آخر لديه معاملة مفتوحة. أتريد المحاولة مرة أخرى لإكمال المحو؟</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file until another program that has it open (another OptIn Desk window, or another process) closes it. Close it, then try again to finish?</source>
        <translation>مُحي الشخص من السجلات، لكنه لا يزال مقروءًا في الملف حتى يُغلقه برنامج آخر يفتحه (نافذة OptIn Desk أخرى، أو عملية أخرى). أغلقه، ثم هل تريد المحاولة مرة أخرى لإكمال المحو؟</translation>
    </message>
    <message numerus="yes">
        <source>Backups of the records still hold this person: %n backups known to this program. Erase them from those backups too (each is rewritten and checked)?</source>
        <translation>
            <numerusform>لا تزال النسخ الاحتياطية تحتوي على هذا الشخص: %n نسخة احتياطية يعرفها هذا البرنامج. أتمحوه منها أيضًا (تُعاد كتابة كل نسخة وتُفحص)؟</numerusform>
            <numerusform>لا تزال نسخة احتياطية تحتوي على هذا الشخص: نسخة احتياطية واحدة يعرفها هذا البرنامج. أتمحوه منها أيضًا (تُعاد كتابتها وتُفحص)؟</numerusform>
            <numerusform>لا تزال النسخ الاحتياطية تحتوي على هذا الشخص: نسختان احتياطيتان يعرفهما هذا البرنامج. أتمحوه منهما أيضًا (تُعاد كتابة كل نسخة وتُفحص)؟</numerusform>
            <numerusform>لا تزال النسخ الاحتياطية تحتوي على هذا الشخص: %n نسخ احتياطية يعرفها هذا البرنامج. أتمحوه منها أيضًا (تُعاد كتابة كل نسخة وتُفحص)؟</numerusform>
            <numerusform>لا تزال النسخ الاحتياطية تحتوي على هذا الشخص: %n نسخةً احتياطية يعرفها هذا البرنامج. أتمحوه منها أيضًا (تُعاد كتابة كل نسخة وتُفحص)؟</numerusform>
            <numerusform>لا تزال النسخ الاحتياطية تحتوي على هذا الشخص: %n نسخة احتياطية يعرفها هذا البرنامج. أتمحوه منها أيضًا (تُعاد كتابة كل نسخة وتُفحص)؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from backups</source>
        <translation>امحُ من النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Erased on request; the backups still hold the person</source>
        <translation>مُحي بناءً على الطلب؛ لا تزال النسخ الاحتياطية تحتوي على الشخص</translation>
    </message>
    <message numerus="yes">
        <source>Erased on request, and from %n backups.</source>
        <translation>
            <numerusform>مُحي بناءً على الطلب، ومن %n نسخة احتياطية.</numerusform>
            <numerusform>مُحي بناءً على الطلب، ومن نسخة احتياطية واحدة.</numerusform>
            <numerusform>مُحي بناءً على الطلب، ومن نسختين احتياطيتين.</numerusform>
            <numerusform>مُحي بناءً على الطلب، ومن %n نسخ احتياطية.</numerusform>
            <numerusform>مُحي بناءً على الطلب، ومن %n نسخةً احتياطية.</numerusform>
            <numerusform>مُحي بناءً على الطلب، ومن %n نسخة احتياطية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups that could not be rewritten.</source>
        <translation>
            <numerusform>حُذفت %n نسخة احتياطية تعذّرت إعادة كتابتها.</numerusform>
            <numerusform>حُذفت نسخة احتياطية واحدة تعذّرت إعادة كتابتها.</numerusform>
            <numerusform>حُذفت نسختان احتياطيتان تعذّرت إعادة كتابتهما.</numerusform>
            <numerusform>حُذفت %n نسخ احتياطية تعذّرت إعادة كتابتها.</numerusform>
            <numerusform>حُذفت %n نسخةً احتياطية تعذّرت إعادة كتابتها.</numerusform>
            <numerusform>حُذفت %n نسخة احتياطية تعذّرت إعادة كتابتها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups could not be rewritten and still hold the person:

%1

Delete them? (A backup whose folder is not there is kept either way.)</source>
        <translation>
            <numerusform>%n نسخة احتياطية تعذّرت إعادة كتابتها وما زالت تحتوي على الشخص:

%1

أتحذفها؟ (النسخة التي لا يوجد مجلدها تبقى في كل الأحوال.)</numerusform>
            <numerusform>نسخة احتياطية واحدة تعذّرت إعادة كتابتها وما زالت تحتوي على الشخص:

%1

أتحذفها؟ (النسخة التي لا يوجد مجلدها تبقى في كل الأحوال.)</numerusform>
            <numerusform>نسختان احتياطيتان تعذّرت إعادة كتابتهما وما زالتا تحتويان على الشخص:

%1

أتحذفهما؟ (النسخة التي لا يوجد مجلدها تبقى في كل الأحوال.)</numerusform>
            <numerusform>%n نسخ احتياطية تعذّرت إعادة كتابتها وما زالت تحتوي على الشخص:

%1

أتحذفها؟ (النسخة التي لا يوجد مجلدها تبقى في كل الأحوال.)</numerusform>
            <numerusform>%n نسخةً احتياطية تعذّرت إعادة كتابتها وما زالت تحتوي على الشخص:

%1

أتحذفها؟ (النسخة التي لا يوجد مجلدها تبقى في كل الأحوال.)</numerusform>
            <numerusform>%n نسخة احتياطية تعذّرت إعادة كتابتها وما زالت تحتوي على الشخص:

%1

أتحذفها؟ (النسخة التي لا يوجد مجلدها تبقى في كل الأحوال.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>افتح المسح الضوئي</translation>
    </message>
    <message>
        <source>The scan is missing from %s. Restore the evidence folder from a backup.</source>
        <translation>المسح الضوئي غير موجود في %s. استرجع مجلد الأدلة من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>No one matches “%1”. Check the spelling or the number, or type them in on the Sign-ups page.</source>
        <translation>لا أحد يطابق «%1». تحقّق من الكتابة أو الرقم، أو أدخله في صفحة التسجيلات.</translation>
    </message>
    <message>
        <source>No one is on file yet. Type in a signed form or a yes given in person on the Sign-ups page, and they appear here.</source>
        <translation>لا يوجد أحد مسجّل بعد. أدخل نموذجًا موقّعًا أو موافقة شفهية في صفحة التسجيلات، وسيظهر هنا.</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>Reading the figures</source>
        <translation>قراءة الأرقام</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;أوقف القراءة</translation>
    </message>
    <message>
        <source>Reading the figures from the records…</source>
        <translation>جارٍ قراءة الأرقام من السجل…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>تعذّرت قراءة الأرقام: %1</translation>
    </message>
    <message>
        <source>Stopped: the figures were not read. Open the page again to read them.</source>
        <translation>توقّفت القراءة: لم تُقرأ الأرقام. افتح الصفحة مرة أخرى لقراءتها.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Recorded</source>
        <translation>سُجّل</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>ينتظر منذ</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>رقم واتساب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>What stops</source>
        <translation>ما يتوقف</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>No confirmation waits: every opt-out recorded here was confirmed. When you log a STOP, its confirmation waits here until you mark it sent.</source>
        <translation>لا يوجد تأكيد منتظر: كل إلغاء اشتراك سُجّل هنا تم تأكيده. عندما تسجّل STOP، ينتظر تأكيده هنا حتى تعلّمه كمُرسل.</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>انسخ التأكيد</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>افتح في واتساب</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>&amp;علّمه كمُرسل</translation>
    </message>
    <message>
        <source>Export suppression list…</source>
        <translation>صدّر قائمة الاستبعاد…</translation>
    </message>
    <message>
        <source>Opt-outs whose confirmation is not marked sent, oldest first:</source>
        <translation>إلغاءات اشتراك لم يُعلَّم تأكيدها كمُرسل، الأقدم أولًا:</translation>
    </message>
    <message>
        <source>Confirmation copied</source>
        <translation>نُسخ التأكيد</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>علّمه كمُرسل</translation>
    </message>
    <message>
        <source>Confirmation to %s marked sent</source>
        <translation>عُلّم التأكيد إلى %s كمُرسل</translation>
    </message>
    <message>
        <source>Exporting the suppression list</source>
        <translation>تصدير قائمة الاستبعاد</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>صدّر قائمة الاستبعاد</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs written to %1</source>
        <translation>
            <numerusform>كُتب %n إلغاءات اشتراك في %1</numerusform>
            <numerusform>كُتب إلغاء اشتراك واحد في %1</numerusform>
            <numerusform>كُتب إلغاءان للاشتراك في %1</numerusform>
            <numerusform>كُتب %n إلغاءات اشتراك في %1</numerusform>
            <numerusform>كُتب %n إلغاء اشتراك في %1</numerusform>
            <numerusform>كُتب %n إلغاء اشتراك في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>a customer&apos;s number, for a pre-filled form</source>
        <translation>رقم زبون، لنموذج معبّأ مسبقًا</translation>
    </message>
    <message>
        <source>&amp;Make the forms</source>
        <translation>ا&amp;صنع النماذج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>ا&amp;حفظ باسم…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ا&amp;طبع…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>طُبعت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>عادت</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>لم تعد</translation>
    </message>
    <message>
        <source>No forms printed yet. Choose how many above and press Make the forms: each printing is listed here with how many came back.</source>
        <translation>لم تُطبع أي نماذج بعد. اختر العدد في الأعلى واضغط اصنع النماذج: تظهر كل طباعة هنا مع عدد ما عاد منها.</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;كم نموذجًا:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>Pre-&amp;filled for:</source>
        <translation>م&amp;عبّأ مسبقًا لـ:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;بواسطة:</translation>
    </message>
    <message numerus="yes">
        <source>%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: the batch is recorded then.</source>
        <translation>
            <numerusform>جاهز: %n نماذج (النص %1 الإصدار %2): الأرقام التسلسلية من %3 إلى %4. احفظها أو اطبعها: عندها تُسجّل الدفعة.</numerusform>
            <numerusform>جاهز: نموذج واحد (النص %1 الإصدار %2): الأرقام التسلسلية من %3 إلى %4. احفظها أو اطبعها: عندها تُسجّل الدفعة.</numerusform>
            <numerusform>جاهز: نموذجان (النص %1 الإصدار %2): الأرقام التسلسلية من %3 إلى %4. احفظها أو اطبعها: عندها تُسجّل الدفعة.</numerusform>
            <numerusform>جاهز: %n نماذج (النص %1 الإصدار %2): الأرقام التسلسلية من %3 إلى %4. احفظها أو اطبعها: عندها تُسجّل الدفعة.</numerusform>
            <numerusform>جاهز: %n نموذجًا (النص %1 الإصدار %2): الأرقام التسلسلية من %3 إلى %4. احفظها أو اطبعها: عندها تُسجّل الدفعة.</numerusform>
            <numerusform>جاهز: %n نموذج (النص %1 الإصدار %2): الأرقام التسلسلية من %3 إلى %4. احفظها أو اطبعها: عندها تُسجّل الدفعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each form gets its own serial, printed and in a QR code. When a signed form comes back, type its serial on the Sign-ups page: the sign-up is linked to the wording printed on it.</source>
        <translation>لكل نموذج رقم تسلسلي خاص به، مطبوع وفي رمز QR. عندما يعود نموذج موقّع، اكتب رقمه التسلسلي في صفحة التسجيلات: يُربط التسجيل بالنص المطبوع عليه.</translation>
    </message>
    <message>
        <source>Printed batches:</source>
        <translation>الدفعات المطبوعة:</translation>
    </message>
    <message>
        <source>A sample page: each form you make carries its own serial here.</source>
        <translation>صفحة نموذجية: كل نموذج تصنعه يحمل هنا رقمه التسلسلي الخاص.</translation>
    </message>
    <message>
        <source>No sample page could be made: %1</source>
        <translation>تعذّر صنع صفحة نموذجية: %1</translation>
    </message>
    <message numerus="yes">
        <source>Making %n forms…</source>
        <translation>
            <numerusform>جارٍ صنع %n نماذج…</numerusform>
            <numerusform>جارٍ صنع %n نموذج…</numerusform>
            <numerusform>جارٍ صنع نموذجين…</numerusform>
            <numerusform>جارٍ صنع %n نماذج…</numerusform>
            <numerusform>جارٍ صنع %n نموذجًا…</numerusform>
            <numerusform>جارٍ صنع %n نموذج…</numerusform>
        </translation>
    </message>
    <message>
        <source>Make forms</source>
        <translation>اصنع النماذج</translation>
    </message>
    <message>
        <source>Cancelled: no forms were made and no serials used.</source>
        <translation>أُلغي: لم يُصنع أي نموذج ولم يُستخدم أي رقم تسلسلي.</translation>
    </message>
    <message>
        <source>Record the batch</source>
        <translation>سجّل الدفعة</translation>
    </message>
    <message>
        <source>Save the forms</source>
        <translation>احفظ النماذج</translation>
    </message>
    <message>
        <source>Forms saved to %s</source>
        <translation>حُفظت النماذج في %s</translation>
    </message>
    <message>
        <source>Forms sent to the printer</source>
        <translation>أُرسلت النماذج إلى الطابعة</translation>
    </message>
</context>
<context>
    <name>KeptChecksBox</name>
    <message>
        <source>Checks kept</source>
        <translation>الفحوص المحفوظة</translation>
    </message>
    <message>
        <source>Show a check kept earlier, with its rows as they were judged</source>
        <translation>اعرض فحصًا حُفظ من قبل، بصفوفه كما حُكم عليها</translation>
    </message>
    <message numerus="yes">
        <source>Checks kept: %n</source>
        <translation>
            <numerusform>الفحوص المحفوظة: %n</numerusform>
            <numerusform>الفحوص المحفوظة: %n</numerusform>
            <numerusform>الفحوص المحفوظة: %n</numerusform>
            <numerusform>الفحوص المحفوظة: %n</numerusform>
            <numerusform>الفحوص المحفوظة: %n</numerusform>
            <numerusform>الفحوص المحفوظة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · لا صفوف</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · صف واحد</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · صفان</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n صفوف</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n صفًا</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>أُرسل في %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Paper form</source>
        <translation>نموذج ورقي</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>شخصيًا</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Phone menu (IVR)</source>
        <translation>قائمة هاتفية (IVR)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>In a WhatsApp chat</source>
        <translation>في محادثة واتساب</translation>
    </message>
    <message>
        <source>At the till / checkout</source>
        <translation>عند الصندوق</translation>
    </message>
    <message>
        <source>Sign-up form</source>
        <translation>نموذج تسجيل</translation>
    </message>
    <message>
        <source>Click-to-WhatsApp ad</source>
        <translation>إعلان النقر إلى واتساب</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>رد على واتساب</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>رسالة بريدية</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>زر الإيقاف في واتساب</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>اشترك</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>ألغى الاشتراك</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>أُبطل</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>ألغى الاشتراك</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>بلا موافقة</translation>
    </message>
    <message>
        <source>✓ opted in</source>
        <translation>✓ مشترك</translation>
    </message>
    <message>
        <source>✗ opted out</source>
        <translation>✗ ألغى الاشتراك</translation>
    </message>
    <message>
        <source>– none</source>
        <translation>– لا شيء</translation>
    </message>
    <message>
        <source>service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>تسويق</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>كل الرسائل</translation>
    </message>
    <message>
        <source>all marketing</source>
        <translation>كل الرسائل التسويقية</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>إلغاء اشتراك</translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation>يقرّر شخص</translation>
    </message>
    <message>
        <source>Opt-in request</source>
        <translation>طلب اشتراك</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>لا شيء لتسجيله</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>أرسل</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>بلا موافقة</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>رقم غير صالح</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرّر</translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation>مبكر جدًا</translation>
    </message>
    <message>
        <source>They agreed to this kind of message: send.</source>
        <translation>وافق على هذا النوع من الرسائل: أرسل.</translation>
    </message>
    <message>
        <source>No opt-in to this kind of message is on file: do not send.</source>
        <translation>لا يوجد اشتراك مسجّل لهذا النوع من الرسائل: لا ترسل.</translation>
    </message>
    <message>
        <source>They opted out: never send.</source>
        <translation>ألغى اشتراكه: لا ترسل أبدًا.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp number that can be reached: see the reason.</source>
        <translation>هذا ليس رقم واتساب يمكن الوصول إليه: انظر السبب.</translation>
    </message>
    <message>
        <source>The same person is higher up the list: they get one message.</source>
        <translation>الشخص نفسه موجود أعلى القائمة: يصله رسالة واحدة.</translation>
    </message>
    <message>
        <source>They had as many marketing messages as the cap allows lately: wait.</source>
        <translation>تلقّى مؤخرًا أقصى عدد من الرسائل التسويقية يسمح به الحد: انتظر.</translation>
    </message>
    <message>
        <source>Opt-out option needed</source>
        <translation>يلزم خيار إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>This marketing message must tell them how to stop (e.g. &apos;Reply STOP to opt out&apos;): it is their first marketing message, the first after a long gap, or they have not answered for a long time (Settings, Broadcast rules).</source>
        <translation>يجب أن تخبره هذه الرسالة التسويقية بطريقة الإيقاف (مثلًا: &apos;أرسل STOP لإلغاء الاشتراك&apos;): إنها أول رسالة تسويقية له، أو الأولى بعد انقطاع طويل، أو أنه لم يتفاعل منذ مدة طويلة (الإعدادات، قواعد الرسائل الجماعية).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قُرئت</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Too many messages</source>
        <translation>رسائل كثيرة جدًا</translation>
    </message>
    <message>
        <source>Not relevant to me</source>
        <translation>لا تهمني</translation>
    </message>
    <message>
        <source>I never signed up</source>
        <translation>لم أشترك قط</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>غيّرت رأيي</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>غير ذلك…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما كُتب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>رقم واتساب</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Opt-out option</source>
        <translation>خيار إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>On file: %s — %s</source>
        <translation>في السجل: %s — %s</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>مثل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Kept on this computer; used the next time OptIn Desk opens.</source>
        <translation>تُحفظ على هذا الحاسوب؛ تُستخدم في المرة القادمة التي يُفتح فيها OptIn Desk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OptIn Desk</source>
        <translation>OptIn Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>جارٍ فتح السجل…</translation>
    </message>
    <message>
        <source>Set up your shop to begin</source>
        <translation>أعدّ متجرك لتبدأ</translation>
    </message>
    <message>
        <source>Something went wrong: %s

Nothing already recorded was lost. The details were written to %s; please send that file to whoever looks after this computer.</source>
        <translation>حدث خطأ: %s

لم يضِع شيء مما سُجّل. كُتبت التفاصيل في %s؛ أرسل هذا الملف إلى من يعتني بهذا الحاسوب.</translation>
    </message>
    <message>
        <source>The records are not open</source>
        <translation>السجل غير مفتوح</translation>
    </message>
    <message>
        <source>Records: %s</source>
        <translation>السجل: %s</translation>
    </message>
    <message numerus="yes">
        <source>Daily backup made: %n entries, checked</source>
        <translation>
            <numerusform>صُنعت النسخة اليومية: %n قيود، وفُحصت</numerusform>
            <numerusform>صُنعت النسخة اليومية: %n قيد، وفُحصت</numerusform>
            <numerusform>صُنعت النسخة اليومية: قيدان، وفُحصت</numerusform>
            <numerusform>صُنعت النسخة اليومية: %n قيود، وفُحصت</numerusform>
            <numerusform>صُنعت النسخة اليومية: %n قيدًا، وفُحصت</numerusform>
            <numerusform>صُنعت النسخة اليومية: %n قيد، وفُحصت</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>النسخة اليومية</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %s. Use Settings, Back up now.</source>
        <translation>تعذّر صنع النسخة اليومية: %s. استخدم الإعدادات، انسخ الآن.</translation>
    </message>
    <message>
        <source>The records could not be opened: %s. Check the --db path.</source>
        <translation>تعذّر فتح السجل: %s. تحقّق من مسار --db.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>What needs doing today, and how the records stand.</source>
        <translation>ما يجب عمله اليوم، وحالة السجل.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>Type in signed paper forms, or record a yes given in person.</source>
        <translation>أدخل النماذج الورقية الموقّعة، أو سجّل موافقة أُعطيت شخصيًا.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Find a person: what they agreed to, when, and their whole history.</source>
        <translation>ابحث عن شخص: على ماذا وافق، ومتى، وسجلّه كاملًا.</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>Log a STOP and send its confirmation; it holds for all your numbers.</source>
        <translation>سجّل STOP وأرسل تأكيده؛ يسري على كل أرقامك.</translation>
    </message>
    <message>
        <source>Check list</source>
        <translation>فحص قائمة</translation>
    </message>
    <message>
        <source>Before a broadcast: who on your list may be sent the message.</source>
        <translation>قبل الرسالة الجماعية: من في قائمتك يمكن أن تُرسل إليه الرسالة.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Print consent forms for customers to sign.</source>
        <translation>اطبع نماذج موافقة ليوقّعها الزبائن.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Your shop, its kinds of messages, wording, staff and backups.</source>
        <translation>متجرك، وأنواع رسائله، والنصوص، والموظفون، والنسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>How your broadcasts were received: delivered, read, blocked.</source>
        <translation>كيف استُقبلت رسائلك الجماعية: سُلّمت، قُرئت، حُظرت.</translation>
    </message>
</context>
<context>
    <name>OptInQuestions</name>
    <message>
        <source>This number was erased on request on %s.

Record this opt-in only if the person gave their own new consent after that (in person, on paper or in their own message). Recording it lifts the erasure: their number and name are kept again, and the entry says that it lifted the erasure.

Lift the erasure and record?</source>
        <translation>مُحي هذا الرقم بناءً على الطلب في %s.

سجّل هذا الاشتراك فقط إذا أعطى الشخص موافقته الجديدة بنفسه بعد ذلك (شخصيًا أو على الورق أو في رسالة منه). تسجيله يرفع المحو: يُحفظ رقمه واسمه من جديد، ويذكر القيد أنه رفع المحو.

هل ترفع المحو وتسجّل؟</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>مُحي بناءً على الطلب</translation>
    </message>
    <message>
        <source>%s. Is the computer&apos;s clock right now? Record only if it is: an earlier record was then made with a wrong clock.</source>
        <translation>%s. هل ساعة الحاسوب صحيحة الآن؟ سجّل فقط إن كانت صحيحة: فيكون قيد سابق قد سُجّل بساعة خاطئة.</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation>تحقّق من الساعة</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>احفظ التسجيل</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Their WhatsApp number in any form, or their name</source>
        <translation>رقم واتساب الخاص به بأي صيغة، أو اسمه</translation>
    </message>
    <message>
        <source>What they said or wrote (optional)</source>
        <translation>ما قاله أو كتبه (اختياري)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(لم يُذكر)</translation>
    </message>
    <message>
        <source>Their reason, in a few words</source>
        <translation>سببه، في كلمات قليلة</translation>
    </message>
    <message>
        <source>Write it &amp;again</source>
        <translation>اكتبه من &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ا&amp;نسخ</translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation>افتح في &amp;واتساب</translation>
    </message>
    <message>
        <source>Confirmation &amp;sent</source>
        <translation>أُ&amp;رسل التأكيد</translation>
    </message>
    <message>
        <source>&amp;Record opt-out</source>
        <translation>&amp;سجّل إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>ا&amp;بحث:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>الشخص:</translation>
    </message>
    <message>
        <source>What s&amp;tops:</source>
        <translation>ما ي&amp;توقف:</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>&amp;كيف وصل:</translation>
    </message>
    <message>
        <source>Their wor&amp;ds:</source>
        <translation>&amp;كلماته:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>أرسل &amp;من:</translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation>الت&amp;أكيد:</translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation>سجّ&amp;له:</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Replies in bulk</source>
        <translation>ردود بالجملة</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for confirmation (%n)</source>
        <translation>
            <numerusform>بانتظار التأكيد (%n)</numerusform>
            <numerusform>بانتظار التأكيد (%n)</numerusform>
            <numerusform>بانتظار التأكيد (%n)</numerusform>
            <numerusform>بانتظار التأكيد (%n)</numerusform>
            <numerusform>بانتظار التأكيد (%n)</numerusform>
            <numerusform>بانتظار التأكيد (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All marketing messages</source>
        <translation>كل الرسائل التسويقية</translation>
    </message>
    <message>
        <source>Everything (service messages too)</source>
        <translation>كل شيء (ورسائل الخدمة أيضًا)</translation>
    </message>
    <message>
        <source>Type their number or name; a number not on file can opt out too.</source>
        <translation>اكتب رقمه أو اسمه؛ يمكن لرقم غير مسجّل أن يلغي اشتراكه أيضًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one (Down, then Enter)</source>
        <translation>
            <numerusform>%n أشخاص يطابقون: اختر واحدًا (السهم للأسفل ثم Enter)</numerusform>
            <numerusform>%n شخص يطابق: اختر واحدًا (السهم للأسفل ثم Enter)</numerusform>
            <numerusform>شخصان يطابقان: اختر واحدًا (السهم للأسفل ثم Enter)</numerusform>
            <numerusform>%n أشخاص يطابقون: اختر واحدًا (السهم للأسفل ثم Enter)</numerusform>
            <numerusform>%n شخصًا يطابقون: اختر واحدًا (السهم للأسفل ثم Enter)</numerusform>
            <numerusform>%n شخص يطابق: اختر واحدًا (السهم للأسفل ثم Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found: type the full number, e.g. %s</source>
        <translation>لم يُعثر على أحد: اكتب الرقم كاملًا، مثل %s</translation>
    </message>
    <message>
        <source>%s is not on file: the opt-out is kept all the same.</source>
        <translation>%s غير مسجّل: يُحفظ إلغاء الاشتراك على أي حال.</translation>
    </message>
    <message>
        <source>The confirmation is empty: press Write it again.</source>
        <translation>التأكيد فارغ: اضغط اكتبه من جديد.</translation>
    </message>
    <message>
        <source>Confirmation copied: paste it into their chat</source>
        <translation>نُسخ التأكيد: الصقه في محادثته</translation>
    </message>
    <message>
        <source>Send it from the shop&apos;s number %s</source>
        <translation>أرسله من رقم المتجر %s</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>سجّل إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>confirmation sent</source>
        <translation>أُرسل التأكيد</translation>
    </message>
    <message>
        <source>confirmation to send</source>
        <translation>التأكيد بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Opted out %s (%s); %s</source>
        <translation>ألغى %s الاشتراك (%s)؛ %s</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $stopped — the messages that stop; $continues — the messages that still come, if any; $start_keyword — the word that opts in again (%1).</source>
        <translation>الحقول المتغيرة: $business — اسم المتجر؛ $stopped — الرسائل التي تتوقف؛ $continues — الرسائل التي تستمر، إن وُجدت؛ $start_keyword — الكلمة التي تعيد الاشتراك (%1).</translation>
    </message>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $categories — the kinds of message the person ticks; $stop_keyword — the word that stops messages (%1).</source>
        <translation>الحقول المتغيرة: $business — اسم المتجر؛ $categories — أنواع الرسائل التي يحدّدها الشخص؛ $stop_keyword — الكلمة التي توقف الرسائل (%1).</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <source>Privacy (printed on every form)</source>
        <translation>الخصوصية (تُطبع على كل نموذج)</translation>
    </message>
    <message>
        <source>empty: the first WhatsApp number above</source>
        <translation>فارغ: أول رقم واتساب أعلاه</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>a web address, or e.g. &apos;on the wall by the till&apos;</source>
        <translation>عنوان ويب، أو مثلًا «على الحائط قرب الصندوق»</translation>
    </message>
    <message>
        <source> years after an opt-out</source>
        <translation> سنوات بعد إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>Contact W&amp;hatsApp:</source>
        <translation>&amp;واتساب للتواصل:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Privacy &amp;notice is at:</source>
        <translation>إ&amp;شعار الخصوصية في:</translation>
    </message>
    <message>
        <source>&amp;Records kept:</source>
        <translation>&amp;مدة حفظ السجلات:</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>كل رسالة جماعية: ما آلت إليه، وإلغاءات الاشتراك خلال 7 أيام</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <source>read</source>
        <translation>قُرئت</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>إلغاءات الاشتراك</translation>
    </message>
    <message>
        <source>opted out since (%)</source>
        <translation>ألغوا الاشتراك منذئذ (%)</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number</source>
        <translation>تقييم جودة كل رقم واتساب</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>first opt-in by %1</source>
        <translation>أول اشتراك بطريقة «%1»</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Read a delivery report…</source>
        <translation>ا&amp;قرأ تقرير تسليم…</translation>
    </message>
    <message>
        <source>&amp;Keep what was read</source>
        <translation>ا&amp;حفظ ما قُرئ</translation>
    </message>
    <message>
        <source>Save the one-page &amp;report…</source>
        <translation>احفظ ال&amp;تقرير ذا الصفحة الواحدة…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>ثم</translation>
    </message>
    <message>
        <source>high</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>مُنبَّه عليه</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>مقيّد</translation>
    </message>
    <message>
        <source>e.g. 1K</source>
        <translation>مثلًا 1K</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>أ&amp;ضف قراءة</translation>
    </message>
    <message>
        <source>What WhatsApp Manager shows</source>
        <translation>ما يعرضه WhatsApp Manager</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>الحظر</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>نسبة إلغاء الاشتراك حسب طريقة الاشتراك</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>نسبة إلغاء الاشتراك حسب إصدار النص الموقّع</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>احفظ كـ PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>احفظ الرسم البياني</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %s</source>
        <translation>حُفظ الرسم البياني في %s</translation>
    </message>
    <message>
        <source>Read a delivery report</source>
        <translation>اقرأ تقرير تسليم</translation>
    </message>
    <message>
        <source>Delivery reports (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>تقارير التسليم (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>already read</source>
        <translation>قُرئ من قبل</translation>
    </message>
    <message>
        <source>%1: %2, %3 new; %4, %5</source>
        <translation>%1: %2، %3 جديدة؛ %4، %5</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n رسائل</numerusform>
            <numerusform>رسالة واحدة</numerusform>
            <numerusform>رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالةً</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not read</source>
        <translation>
            <numerusform>%n أسطر لم تُقرأ</numerusform>
            <numerusform>سطر واحد لم تُقرأ</numerusform>
            <numerusform>سطران لم تُقرأ</numerusform>
            <numerusform>%n أسطر لم تُقرأ</numerusform>
            <numerusform>%n سطرًا لم تُقرأ</numerusform>
            <numerusform>%n سطر لم تُقرأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming messages left aside</source>
        <translation>
            <numerusform>%n رسائل واردة تُركت جانبًا</numerusform>
            <numerusform>رسالة واحدة واردة تُركت جانبًا</numerusform>
            <numerusform>رسالتان واردة تُركت جانبًا</numerusform>
            <numerusform>%n رسائل واردة تُركت جانبًا</numerusform>
            <numerusform>%n رسالةً واردة تُركت جانبًا</numerusform>
            <numerusform>%n رسالة واردة تُركت جانبًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; %2</source>
        <translation>حُفظ %1؛ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n outcomes</source>
        <translation>
            <numerusform>%n نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجةً</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out of marketing with WhatsApp&apos;s stop button</source>
        <translation>
            <numerusform>ألغى اشتراكه في التسويق بزر الإيقاف في واتساب: %n أشخاص</numerusform>
            <numerusform>ألغى اشتراكه في التسويق بزر الإيقاف في واتساب: شخص واحد</numerusform>
            <numerusform>ألغى اشتراكه في التسويق بزر الإيقاف في واتساب: شخصين</numerusform>
            <numerusform>ألغى اشتراكه في التسويق بزر الإيقاف في واتساب: %n أشخاص</numerusform>
            <numerusform>ألغى اشتراكه في التسويق بزر الإيقاف في واتساب: %n شخصًا</numerusform>
            <numerusform>ألغى اشتراكه في التسويق بزر الإيقاف في واتساب: %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation>السطر %s: %s</translation>
    </message>
    <message>
        <source>Keep the delivery report</source>
        <translation>احفظ تقرير التسليم</translation>
    </message>
    <message>
        <source>Add a quality reading</source>
        <translation>أضف قراءة جودة</translation>
    </message>
    <message>
        <source>Reading kept</source>
        <translation>حُفظت القراءة</translation>
    </message>
    <message>
        <source>That reading was already kept</source>
        <translation>هذه القراءة محفوظة من قبل</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>احفظ التقرير</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %s</source>
        <translation>حُفظ التقرير في %s</translation>
    </message>
</context>
<context>
    <name>QualityThresholds</name>
    <message>
        <source>Warnings (Quality page)</source>
        <translation>التنبيهات (صفحة الجودة)</translation>
    </message>
    <message>
        <source>× usual</source>
        <translation>× المعتاد</translation>
    </message>
    <message>
        <source>% not delivered</source>
        <translation>% لم تصل</translation>
    </message>
    <message>
        <source>× another way</source>
        <translation>× طريقة أخرى</translation>
    </message>
    <message>
        <source> people</source>
        <translation> أشخاص</translation>
    </message>
    <message>
        <source>Save the warning thresholds</source>
        <translation>احفظ حدود التنبيه</translation>
    </message>
    <message>
        <source>Opt-outs after a broadcast over:</source>
        <translation>إلغاءات الاشتراك بعد رسالة جماعية أكثر من:</translation>
    </message>
    <message>
        <source>Not delivered over:</source>
        <translation>غير المُسلَّمة أكثر من:</translation>
    </message>
    <message>
        <source>Opt-out rate of one way of opting in over:</source>
        <translation>نسبة إلغاء الاشتراك لطريقة اشتراك واحدة أكثر من:</translation>
    </message>
    <message>
        <source>Compare ways of opting in with at least:</source>
        <translation>قارن طرق الاشتراك التي فيها على الأقل:</translation>
    </message>
    <message>
        <source>Warning thresholds saved</source>
        <translation>حُفظت حدود التنبيه</translation>
    </message>
</context>
<context>
    <name>RecordKeepingBox</name>
    <message>
        <source>Where records go (stated in every proof)</source>
        <translation>أين تذهب السجلات (مذكور في كل إثبات)</translation>
    </message>
    <message>
        <source>empty: this computer, or the shop&apos;s server</source>
        <translation>فارغ: هذا الحاسوب، أو خادم المتجر</translation>
    </message>
    <message>
        <source>empty: Meta Platforms, as the provider of WhatsApp</source>
        <translation>فارغ: Meta Platforms بصفتها مزوّد واتساب</translation>
    </message>
    <message>
        <source>Name every company that receives the numbers, separated by &apos;;&apos;.</source>
        <translation>اكتب اسم كل شركة تتلقى الأرقام، مفصولة بـ &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Records &amp;kept at:</source>
        <translation>م&amp;كان حفظ السجلات:</translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation>&amp;تُشارك مع:</translation>
    </message>
</context>
<context>
    <name>RecordedBy</name>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Choose or type who is recording this.</source>
        <translation>اختر أو اكتب اسم من يسجّل هذا.</translation>
    </message>
</context>
<context>
    <name>RecordsPlace</name>
    <message>
        <source>Records this computer opens</source>
        <translation>السجل الذي يفتحه هذا الحاسوب</translation>
    </message>
    <message>
        <source>a .sqlite3 file, or postgresql+psycopg://USER@SERVER/DATABASE</source>
        <translation>ملف ‎.sqlite3، أو postgresql+psycopg://USER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>سجل آخر</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;ملف…</translation>
    </message>
    <message>
        <source>&amp;Try them</source>
        <translation>&amp;جرّبه</translation>
    </message>
    <message>
        <source>&amp;Use from the next start</source>
        <translation>ا&amp;ستخدمه من التشغيل التالي</translation>
    </message>
    <message>
        <source>Back to this computer&apos;s own &amp;file</source>
        <translation>&amp;عُد إلى ملف هذا الحاسوب الخاص</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>المفتوح الآن: %1</translation>
    </message>
    <message>
        <source>Opened at each start: %1</source>
        <translation>يُفتح عند كل تشغيل: %1</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <source>OptIn Desk records (*.sqlite3)</source>
        <translation>سجلات OptIn Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>جارٍ التجربة…</translation>
    </message>
    <message>
        <source>These records open, but no shop is set up in them yet.</source>
        <translation>هذا السجل يُفتح، لكن لم يُعدّ فيه أي متجر بعد.</translation>
    </message>
    <message numerus="yes">
        <source>These are the records of %1: %n entries.</source>
        <translation>
            <numerusform>هذا سجل %1: %n قيود.</numerusform>
            <numerusform>هذا سجل %1: قيد واحد.</numerusform>
            <numerusform>هذا سجل %1: قيدان.</numerusform>
            <numerusform>هذا سجل %1: %n قيود.</numerusform>
            <numerusform>هذا سجل %1: %n قيدًا.</numerusform>
            <numerusform>هذا سجل %1: %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>These records cannot be used: %1</source>
        <translation>لا يمكن استخدام هذا السجل: %1</translation>
    </message>
    <message>
        <source>Done: close OptIn Desk and start it again to use them.</source>
        <translation>تم: أغلق OptIn Desk وشغّله من جديد لاستخدامه.</translation>
    </message>
    <message>
        <source>This computer will open other records from the next start</source>
        <translation>سيفتح هذا الحاسوب سجلًا آخر من التشغيل التالي</translation>
    </message>
    <message>
        <source>Done: from the next start this computer opens its own records file.</source>
        <translation>تم: من التشغيل التالي يفتح هذا الحاسوب ملف سجله الخاص.</translation>
    </message>
</context>
<context>
    <name>RecordsWatcher</name>
    <message>
        <source>The records can be reached again</source>
        <translation>يمكن الوصول إلى السجل من جديد</translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Paste replies here, one per line: &apos;+34 612 345 678: BAJA&apos;, or chat lines copied from WhatsApp, or a table with number and message.</source>
        <translation>الصق الردود هنا، ردًّا في كل سطر: «+34 612 345 678: BAJA»، أو أسطر محادثة منسوخة من واتساب، أو جدولًا فيه الرقم والرسالة.</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>افتح &amp;ملفًا…</translation>
    </message>
    <message>
        <source>Read &amp;replies</source>
        <translation>اقرأ ال&amp;ردود</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>قُرئت على أنها</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>Record the &amp;ticked replies</source>
        <translation>سجّل الردود الم&amp;حدّدة</translation>
    </message>
    <message>
        <source>Open replies</source>
        <translation>افتح الردود</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>اقرأ الردود</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n replies…</source>
        <translation>
            <numerusform>جارٍ قراءة %n ردود…</numerusform>
            <numerusform>جارٍ قراءة %n رد…</numerusform>
            <numerusform>جارٍ قراءة ردّين…</numerusform>
            <numerusform>جارٍ قراءة %n ردود…</numerusform>
            <numerusform>جارٍ قراءة %n ردًّا…</numerusform>
            <numerusform>جارٍ قراءة %n رد…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5. Tick what to record.</source>
        <translation>%1: %2، %3، %4، %5. حدّد ما تريد تسجيله.</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n ردود</numerusform>
            <numerusform>رد واحد</numerusform>
            <numerusform>ردّان</numerusform>
            <numerusform>%n ردود</numerusform>
            <numerusform>%n ردًّا</numerusform>
            <numerusform>%n رد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-outs</source>
        <translation>
            <numerusform>%n إلغاءات اشتراك واضحة</numerusform>
            <numerusform>إلغاء اشتراك واحد واضحة</numerusform>
            <numerusform>إلغاءان للاشتراك واضحة</numerusform>
            <numerusform>%n إلغاءات اشتراك واضحة</numerusform>
            <numerusform>%n إلغاء اشتراك واضحة</numerusform>
            <numerusform>%n إلغاء اشتراك واضحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for you to decide</source>
        <translation>
            <numerusform>لتقرّر أنت: %n</numerusform>
            <numerusform>لتقرّر أنت: %n</numerusform>
            <numerusform>لتقرّر أنت: %n</numerusform>
            <numerusform>لتقرّر أنت: %n</numerusform>
            <numerusform>لتقرّر أنت: %n</numerusform>
            <numerusform>لتقرّر أنت: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in requests</source>
        <translation>
            <numerusform>%n طلبات اشتراك</numerusform>
            <numerusform>طلب اشتراك واحد</numerusform>
            <numerusform>طلبا اشتراك</numerusform>
            <numerusform>%n طلبات اشتراك</numerusform>
            <numerusform>%n طلبَ اشتراك</numerusform>
            <numerusform>%n طلب اشتراك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot be recorded</source>
        <translation>
            <numerusform>لا يمكن تسجيلها: %n</numerusform>
            <numerusform>لا يمكن تسجيلها: %n</numerusform>
            <numerusform>لا يمكن تسجيلها: %n</numerusform>
            <numerusform>لا يمكن تسجيلها: %n</numerusform>
            <numerusform>لا يمكن تسجيلها: %n</numerusform>
            <numerusform>لا يمكن تسجيلها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the &amp;ticked replies (%n)</source>
        <translation>
            <numerusform>سجّل الردود الم&amp;حدّدة (%n)</numerusform>
            <numerusform>سجّل الردود الم&amp;حدّدة (%n)</numerusform>
            <numerusform>سجّل الردود الم&amp;حدّدة (%n)</numerusform>
            <numerusform>سجّل الردود الم&amp;حدّدة (%n)</numerusform>
            <numerusform>سجّل الردود الم&amp;حدّدة (%n)</numerusform>
            <numerusform>سجّل الردود الم&amp;حدّدة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (each with its confirmation) and %2 by WhatsApp chat?</source>
        <translation>هل تسجّل %1 (لكلٍّ تأكيده) و%2 عبر محادثة واتساب؟</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs</source>
        <translation>
            <numerusform>%n إلغاءات اشتراك</numerusform>
            <numerusform>إلغاء اشتراك واحد</numerusform>
            <numerusform>إلغاءان للاشتراك</numerusform>
            <numerusform>%n إلغاءات اشتراك</numerusform>
            <numerusform>%n إلغاء اشتراك</numerusform>
            <numerusform>%n إلغاء اشتراك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-ins</source>
        <translation>
            <numerusform>%n اشتراكات</numerusform>
            <numerusform>اشتراك واحد</numerusform>
            <numerusform>اشتراكان</numerusform>
            <numerusform>%n اشتراكات</numerusform>
            <numerusform>%n اشتراكًا</numerusform>
            <numerusform>%n اشتراك</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 and %2; the confirmations wait to be sent</source>
        <translation>سُجّل %1 و%2؛ التأكيدات بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Record replies</source>
        <translation>سجّل الردود</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n replies…</source>
        <translation>
            <numerusform>جارٍ تسجيل %n ردود…</numerusform>
            <numerusform>جارٍ تسجيل %n رد…</numerusform>
            <numerusform>جارٍ تسجيل ردّين…</numerusform>
            <numerusform>جارٍ تسجيل %n ردود…</numerusform>
            <numerusform>جارٍ تسجيل %n ردًّا…</numerusform>
            <numerusform>جارٍ تسجيل %n رد…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>One name per line</source>
        <translation>اسم في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>أ&amp;ضف نوعًا</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>ان&amp;سخ</translation>
    </message>
    <message>
        <source>Copy the whole ledger head, to keep elsewhere</source>
        <translation>انسخ رأس السجل كاملًا، لحفظه في مكان آخر</translation>
    </message>
    <message>
        <source>A saved kind of message keeps its kind (service or marketing): the consent people gave was for that. To change it, archive it and add a new one.</source>
        <translation>يحتفظ نوع الرسالة المحفوظ بصنفه (خدمة أو تسويق): الموافقة التي أعطاها الناس كانت لذلك. لتغييره، أرشفه وأضف نوعًا جديدًا.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>ا&amp;نسخ الآن…</translation>
    </message>
    <message>
        <source>Owner &amp;PIN…</source>
        <translation>&amp;رمز المالك…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>ا&amp;حفظ الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>النشاط التجاري</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>ال&amp;بلد الافتراضي:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>أرقام &amp;واتساب:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>المو&amp;ظفون:</translation>
    </message>
    <message>
        <source>Kinds of messages (archived, never deleted)</source>
        <translation>أنواع الرسائل (تُؤرشف ولا تُحذف أبدًا)</translation>
    </message>
    <message>
        <source>Wording (placeholders start with $)</source>
        <translation>النص (الحقول المتغيرة تبدأ بـ $)</translation>
    </message>
    <message>
        <source>Consent statement:</source>
        <translation>بيان الموافقة:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>معاينة:</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>تأكيد إلغاء الاشتراك:</translation>
    </message>
    <message>
        <source>Broadcast rules (Check list)</source>
        <translation>قواعد الرسائل الجماعية (فحص قائمة)</translation>
    </message>
    <message>
        <source>Opt-out option again after a &amp;gap of:</source>
        <translation>خيار إلغاء الاشتراك مجددًا بعد &amp;انقطاع:</translation>
    </message>
    <message>
        <source>&amp;Unengaged after nothing for:</source>
        <translation>&amp;غير متفاعل بعد لا شيء لمدة:</translation>
    </message>
    <message>
        <source>marketing messages at most in</source>
        <translation>رسائل تسويقية على الأكثر خلال</translation>
    </message>
    <message>
        <source>Marketing &amp;cap:</source>
        <translation>ح&amp;د التسويق:</translation>
    </message>
    <message>
        <source>Keeping the records safe</source>
        <translation>حفظ السجل بأمان</translation>
    </message>
    <message>
        <source>Ledger head:</source>
        <translation>رأس السجل:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>آخر نسخة احتياطية:</translation>
    </message>
    <message>
        <source>Owner PIN:</source>
        <translation>رمز المالك:</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n entries)</source>
        <translation>
            <numerusform>%1… (%n قيود)</numerusform>
            <numerusform>%1… (قيد واحد)</numerusform>
            <numerusform>%1… (قيدان)</numerusform>
            <numerusform>%1… (%n قيود)</numerusform>
            <numerusform>%1… (%n قيدًا)</numerusform>
            <numerusform>%1… (%n قيد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entries, checked — %2</source>
        <translation>
            <numerusform>%1 — %n قيود، فُحصت — %2</numerusform>
            <numerusform>%1 — قيد واحد، فُحصت — %2</numerusform>
            <numerusform>%1 — قيدان، فُحصت — %2</numerusform>
            <numerusform>%1 — %n قيود، فُحصت — %2</numerusform>
            <numerusform>%1 — %n قيدًا، فُحصت — %2</numerusform>
            <numerusform>%1 — %n قيد، فُحصت — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head copied: %1</source>
        <translation>نُسخ رأس السجل: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to %1</source>
        <translation>
            <numerusform>نُسخ %n قيود احتياطيًا إلى %1</numerusform>
            <numerusform>نُسخ قيد واحد احتياطيًا إلى %1</numerusform>
            <numerusform>نُسخ قيدان احتياطيًا إلى %1</numerusform>
            <numerusform>نُسخ %n قيود احتياطيًا إلى %1</numerusform>
            <numerusform>نُسخ %n قيدًا احتياطيًا إلى %1</numerusform>
            <numerusform>نُسخ %n قيد احتياطيًا إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Changing the owner PIN</source>
        <translation>تغيير رمز المالك</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>رمز المالك</translation>
    </message>
    <message>
        <source>New owner PIN (6 or more characters; leave empty to remove it):</source>
        <translation>رمز المالك الجديد (6 أحرف أو أكثر؛ اتركه فارغًا لإزالته):</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>عُيّن رمز المالك</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>أُزيل رمز المالك</translation>
    </message>
    <message>
        <source>Backing up the records</source>
        <translation>نسخ السجل احتياطيًا</translation>
    </message>
    <message>
        <source>Back up the records to…</source>
        <translation>انسخ السجل احتياطيًا إلى…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>احفظ الإعدادات</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>حُفظت الإعدادات</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to OptIn Desk&lt;/h2&gt;&lt;p&gt;Tell us about your shop. Its name is printed on every consent form and every opt-out confirmation.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في OptIn Desk&lt;/h2&gt;&lt;p&gt;أخبرنا عن متجرك. يُطبع اسمه على كل نموذج موافقة وكل تأكيد إلغاء اشتراك.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>اسم النشاط التجاري</translation>
    </message>
    <message>
        <source>One WhatsApp number per line</source>
        <translation>رقم واتساب في كل سطر</translation>
    </message>
    <message>
        <source>One name per line: who records sign-ups, opt-outs and forms</source>
        <translation>اسم في كل سطر: من يسجّل التسجيلات وإلغاءات الاشتراك والنماذج</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>أ&amp;ضف نوعًا</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>أ&amp;زل النوع</translation>
    </message>
    <message>
        <source>&amp;Start using OptIn Desk</source>
        <translation>ا&amp;بدأ استخدام OptIn Desk</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>ا&amp;سم النشاط التجاري:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>الع&amp;نوان:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>أرقام &amp;واتساب:</translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation>أسماء ال&amp;موظفين:</translation>
    </message>
    <message>
        <source>&amp;Language of forms and messages:</source>
        <translation>&amp;لغة النماذج والرسائل:</translation>
    </message>
    <message>
        <source>Kinds of messages you send:</source>
        <translation>أنواع الرسائل التي ترسلها:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Welcome, %s</source>
        <translation>مرحبًا، %s</translation>
    </message>
</context>
<context>
    <name>SignupPage</name>
    <message>
        <source>printed at the top of the form; a paper form needs it</source>
        <translation>مطبوع أعلى النموذج؛ لا بد منه للاستمارة الورقية</translation>
    </message>
    <message>
        <source>Form from another print run (Alt+F)</source>
        <translation>نموذج من طباعة أخرى (Alt+F)</translation>
    </message>
    <message>
        <source>The shop printed this form somewhere else: its serial is kept as typed, with a note</source>
        <translation>طبع المتجر هذا النموذج في مكان آخر: يُحفظ رقمه التسلسلي كما كُتب، مع ملاحظة</translation>
    </message>
    <message>
        <source>as written on the form</source>
        <translation>كما كُتب على النموذج</translation>
    </message>
    <message>
        <source>drop the scanned form here</source>
        <translation>أفلت النموذج الممسوح هنا</translation>
    </message>
    <message>
        <source>Choose s&amp;can…</source>
        <translation>اختر ال&amp;مسح الضوئي…</translation>
    </message>
    <message>
        <source>Entries saved this session</source>
        <translation>القيود المحفوظة في هذه الجلسة</translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation>ا&amp;حفظ والتالي (Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>ت&amp;راجع عن الأخير</translation>
    </message>
    <message>
        <source>Form s&amp;erial:</source>
        <translation>الرقم ال&amp;تسلسلي للنموذج:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>WhatsApp n&amp;umber:</source>
        <translation>ر&amp;قم واتساب:</translation>
    </message>
    <message>
        <source>Agreed to:</source>
        <translation>وافق على:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>تاريخ ال&amp;توقيع:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;كيف:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>س&amp;جّله:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>المسح الضوئي:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <source>Saved this session (newest first):</source>
        <translation>المحفوظ في هذه الجلسة (الأحدث أولًا):</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>المسح الضوئي للنموذج الموقّع</translation>
    </message>
    <message>
        <source>The WhatsApp number: %s.</source>
        <translation>رقم واتساب: %s.</translation>
    </message>
    <message>
        <source>The form serial: %s.</source>
        <translation>الرقم التسلسلي للنموذج: %s.</translation>
    </message>
    <message>
        <source>Tick at least one kind of message the person agreed to.</source>
        <translation>حدّد نوعًا واحدًا على الأقل من الرسائل التي وافق عليها الشخص.</translation>
    </message>
    <message>
        <source>Say who is recording: choose or type your name.</source>
        <translation>قل من يسجّل: اختر اسمك أو اكتبه.</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>احفظ التسجيل</translation>
    </message>
    <message>
        <source>Saved %s: %s</source>
        <translation>حُفظ %s: %s</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>تراجع عن الأخير</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>لماذا هذا القيد خاطئ؟ (يُحفظ مع السجل)</translation>
    </message>
    <message>
        <source>  (voided: %s)</source>
        <translation>  (أُبطل: %s)</translation>
    </message>
    <message>
        <source>Voided the entry of %s</source>
        <translation>أُبطل قيد %s</translation>
    </message>
    <message>
        <source>Entered this session: %d</source>
        <translation>أُدخل في هذه الجلسة: %d</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>wording %s v%d</source>
        <translation>النص %s الإصدار %d</translation>
    </message>
    <message>
        <source>form %s</source>
        <translation>النموذج %s</translation>
    </message>
    <message>
        <source>scan on file</source>
        <translation>المسح الضوئي محفوظ</translation>
    </message>
    <message>
        <source>recorded %s by %s</source>
        <translation>سُجّل %s بواسطة %s</translation>
    </message>
    <message>
        <source>voids entry #%d: %s</source>
        <translation>يُبطل القيد رقم %d: %s</translation>
    </message>
    <message>
        <source>reason: %s</source>
        <translation>السبب: %s</translation>
    </message>
    <message>
        <source>their words: “%s”</source>
        <translation>كلماته: «%s»</translation>
    </message>
    <message>
        <source>note: %s</source>
        <translation>ملاحظة: %s</translation>
    </message>
    <message>
        <source>confirmation: %s</source>
        <translation>التأكيد: %s</translation>
    </message>
    <message>
        <source>VOIDED (entry #%d): %s</source>
        <translation>مُبطَل (القيد رقم %d): %s</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>People on file</source>
        <translation>الأشخاص المسجّلون</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>افتح جهات الاتصال</translation>
    </message>
    <message>
        <source>Sign-ups in the last 7 days</source>
        <translation>التسجيلات في آخر 7 أيام</translation>
    </message>
    <message>
        <source>Type in sign-ups</source>
        <translation>أدخل التسجيلات</translation>
    </message>
    <message>
        <source>Opt-out confirmations waiting</source>
        <translation>تأكيدات إلغاء الاشتراك المنتظرة</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>أرسلها</translation>
    </message>
    <message>
        <source>Printed forms not yet entered</source>
        <translation>نماذج مطبوعة لم تُدخل بعد</translation>
    </message>
    <message>
        <source>Open Forms</source>
        <translation>افتح النماذج</translation>
    </message>
    <message>
        <source>Last list checked</source>
        <translation>آخر قائمة فُحصت</translation>
    </message>
    <message>
        <source>Check a list</source>
        <translation>افحص قائمة</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Back up in Settings</source>
        <translation>انسخ احتياطيًا في الإعدادات</translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation>التحقّق من السجل</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>افتح الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Verify the records now</source>
        <translation>&amp;تحقّق من السجل الآن</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>تعذّرت قراءة الأرقام: %1</translation>
    </message>
    <message>
        <source>The records could not be verified: %1</source>
        <translation>تعذّر التحقق من السجلات: %1</translation>
    </message>
    <message>
        <source>People who agreed to messages (imports not counted).</source>
        <translation>الأشخاص الذين وافقوا على الرسائل (دون احتساب المستورَدين).</translation>
    </message>
    <message>
        <source>Nothing waits: every opt-out was confirmed.</source>
        <translation>لا شيء ينتظر: كل إلغاءات الاشتراك تم تأكيدها.</translation>
    </message>
    <message>
        <source>The oldest has waited since today.</source>
        <translation>الأقدم ينتظر منذ اليوم.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n days.</source>
        <translation>
            <numerusform>الأقدم ينتظر منذ %n يوم.</numerusform>
            <numerusform>الأقدم ينتظر منذ يوم واحد.</numerusform>
            <numerusform>الأقدم ينتظر منذ يومين.</numerusform>
            <numerusform>الأقدم ينتظر منذ %n أيام.</numerusform>
            <numerusform>الأقدم ينتظر منذ %n يومًا.</numerusform>
            <numerusform>الأقدم ينتظر منذ %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms printed in all.</source>
        <translation>
            <numerusform>طُبع %n نماذج في المجموع.</numerusform>
            <numerusform>طُبع نموذج واحد في المجموع.</numerusform>
            <numerusform>طُبع نموذجان في المجموع.</numerusform>
            <numerusform>طُبع %n نماذج في المجموع.</numerusform>
            <numerusform>طُبع %n نموذجًا في المجموع.</numerusform>
            <numerusform>طُبع %n نموذج في المجموع.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>لم تُطبع أي نماذج بعد.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>وافقوا</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>أوقفوا</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Check your list before every broadcast.</source>
        <translation>افحص قائمتك قبل كل رسالة جماعية.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n rows may be sent the message.</source>
        <translation>
            <numerusform>%1، %2: يمكن إرسال الرسالة إلى %3 من %n صفوف.</numerusform>
            <numerusform>%1، %2: يمكن إرسال الرسالة إلى %3 من صف واحد.</numerusform>
            <numerusform>%1، %2: يمكن إرسال الرسالة إلى %3 من صفين.</numerusform>
            <numerusform>%1، %2: يمكن إرسال الرسالة إلى %3 من %n صفوف.</numerusform>
            <numerusform>%1، %2: يمكن إرسال الرسالة إلى %3 من %n صفًا.</numerusform>
            <numerusform>%1، %2: يمكن إرسال الرسالة إلى %3 من %n صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of these records was made yet.</source>
        <translation>لم تُصنع أي نسخة احتياطية من هذا السجل بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, checked.</source>
        <translation>
            <numerusform>%1: %n قيود، فُحصت.</numerusform>
            <numerusform>%1: قيد واحد، فُحصت.</numerusform>
            <numerusform>%1: قيدان، فُحصت.</numerusform>
            <numerusform>%1: %n قيود، فُحصت.</numerusform>
            <numerusform>%1: %n قيدًا، فُحصت.</numerusform>
            <numerusform>%1: %n قيد، فُحصت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <source>The ledger holds %n entries.</source>
        <translation>
            <numerusform>يحتوي السجل على %n قيود.</numerusform>
            <numerusform>يحتوي السجل على قيد واحد.</numerusform>
            <numerusform>يحتوي السجل على قيدان.</numerusform>
            <numerusform>يحتوي السجل على %n قيود.</numerusform>
            <numerusform>يحتوي السجل على %n قيدًا.</numerusform>
            <numerusform>يحتوي السجل على %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Verify them now.</source>
        <translation>تحقّق منه الآن.</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>The last verification found the records changed: run verify.</source>
        <translation>وجد آخر تحقق أن السجلات تغيّرت: شغّل verify.</translation>
    </message>
    <message>
        <source>%1: the chain was checked in the backup; verify them to check the consent table, the wordings and the scans too.</source>
        <translation>%1: فُحصت السلسلة في النسخة الاحتياطية؛ تحقّق من السجلات لفحص جدول الموافقات والنصوص والمسوحات أيضًا.</translation>
    </message>
    <message>
        <source>%1: verified on their own.</source>
        <translation>%1: تم التحقّق منه وحده.</translation>
    </message>
    <message>
        <source>Verifying the records…</source>
        <translation>جارٍ التحقّق من السجل…</translation>
    </message>
    <message>
        <source>The chain holds, but what lies beside it was changed:</source>
        <translation>السلسلة سليمة، لكن ما بجانبها تغيّر:</translation>
    </message>
    <message>
        <source>The records verified: no entry was changed or removed.</source>
        <translation>تم التحقّق من السجل: لم يُغيَّر أو يُحذف أي قيد.</translation>
    </message>
    <message>
        <source>The chain is broken: run verify on the command line for details.</source>
        <translation>السلسلة مكسورة: شغّل verify في سطر الأوامر لمعرفة التفاصيل.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Say who is recording first: choose or type your name in “Recorded by” (on the Opt-outs page). Nothing was recorded.</source>
        <translation>قل من يسجّل أولًا: اختر اسمك أو اكتبه في «سجّله» (في صفحة إلغاء الاشتراك). لم يُسجّل شيء.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>رمز المالك</translation>
    </message>
    <message>
        <source>%s needs the owner PIN:</source>
        <translation>%s يحتاج إلى رمز المالك:</translation>
    </message>
</context>
<context>
    <name>UntranslatedWarning</name>
    <message>
        <source>Not translated into %s: %s. These lines would print in the shop&apos;s language, which a customer may not read: add their text in Settings, Kinds of messages in each language.</source>
        <translation>غير مترجم (%s): %s. ستُطبع هذه الأسطر بلغة المتجر، وقد لا يقرؤها الزبون: أضف نصّها في الإعدادات، أنواع الرسائل بكل لغة.</translation>
    </message>
</context>
</TS>
