<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Anchors</name>
    <message>
        <source>this computer has no signing key yet and the shop has an owner PIN: give --pin (or OPTIN_DESK_PIN) so that the new key is locked by it</source>
        <translation>لا يوجد على هذا الحاسوب مفتاح توقيع بعد، وللمتجر رمز PIN للمالك: أعطِ --pin (أو OPTIN_DESK_PIN) ليُقفل المفتاح الجديد به</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): {key}</source>
        <translation>المفتاح العام (Ed25519، base64): {key}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <translation>البصمة (SHA-256): {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n event(s), root {root}, head {head}</source>
        <translation>
            <numerusform>نقطة تحقّق بلا سجلات، الجذر {root}، البصمة {head}</numerusform>
            <numerusform>نقطة تحقّق من سجل واحد، الجذر {root}، البصمة {head}</numerusform>
            <numerusform>نقطة تحقّق من سجلين، الجذر {root}، البصمة {head}</numerusform>
            <numerusform>نقطة تحقّق من %n سجلات، الجذر {root}، البصمة {head}</numerusform>
            <numerusform>نقطة تحقّق من %n سجلًا، الجذر {root}، البصمة {head}</numerusform>
            <numerusform>نقطة تحقّق من %n سجل، الجذر {root}، البصمة {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}</source>
        <translation>موقّع بالمفتاح {fingerprint}</translation>
    </message>
    <message>
        <source>Not signed: the signing key is locked by the owner PIN (give --pin)</source>
        <translation>غير موقّع: مفتاح التوقيع مقفل برمز PIN للمالك (أعطِ --pin)</translation>
    </message>
    <message>
        <source>Written to {path}; also in the log {log}</source>
        <translation>كُتب في {path}؛ وأيضًا في السجل اليومي {log}</translation>
    </message>
    <message>
        <source>Kept in the log {log}</source>
        <translation>محفوظ في السجل اليومي {log}</translation>
    </message>
    <message>
        <source>note: the proof is not anchored to a signed checkpoint (the signing key is locked by the owner PIN): give --pin so that an auditor can check it with verify-proof</source>
        <translation>ملاحظة: الإثبات غير مثبّت بنقطة تحقّق موقّعة (مفتاح التوقيع مقفل برمز PIN للمالك): أعطِ --pin ليتمكّن المدقّق من فحصه بـ verify-proof</translation>
    </message>
    <message>
        <source>{message}; it is signed by another computer&apos;s key, not this one&apos;s: make sure that key is one of your shop&apos;s (&apos;optin-desk public-key&apos; on each computer)</source>
        <translation>{message}؛ إنه موقّع بمفتاح حاسوب آخر، لا بمفتاح هذا الحاسوب: تأكّد أن ذلك المفتاح من مفاتيح متجرك (&apos;optin-desk public-key&apos; على كل حاسوب)</translation>
    </message>
    <message numerus="yes">
        <source>ok: the ledger holds the %n checkpoint(s) found in {path} ({latest})</source>
        <translation>
            <numerusform>سليم: لا نقاط تحقّق في {path} ({latest})</numerusform>
            <numerusform>سليم: يحتوي دفتر السجلات على نقطة التحقّق الموجودة في {path} ({latest})</numerusform>
            <numerusform>سليم: يحتوي دفتر السجلات على نقطتَي التحقّق الموجودتين في {path} ({latest})</numerusform>
            <numerusform>سليم: يحتوي دفتر السجلات على كل نقاط التحقّق الموجودة في {path} وعددها %n ({latest})</numerusform>
            <numerusform>سليم: يحتوي دفتر السجلات على كل نقاط التحقّق الموجودة في {path} وعددها %n ({latest})</numerusform>
            <numerusform>سليم: يحتوي دفتر السجلات على كل نقاط التحقّق الموجودة في {path} وعددها %n ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: of the checkpoints found in {path}, %n (was|were) of records a restore replaced (see the notes) and the ledger holds the others ({latest})</source>
        <translation>
            <numerusform>سليم: دفتر السجلات يحتوي على كل نقاط التحقّق الموجودة في {path} ({latest})</numerusform>
            <numerusform>سليم: من نقاط التحقّق الموجودة في {path}، كانت واحدة لسجلات استبدلتها استعادة (انظر الملاحظات) والدفتر يحتوي على الباقي ({latest})</numerusform>
            <numerusform>سليم: من نقاط التحقّق الموجودة في {path}، كانت اثنتان منها لسجلات استبدلتها استعادة (انظر الملاحظات) والدفتر يحتوي على الباقي ({latest})</numerusform>
            <numerusform>سليم: من نقاط التحقّق الموجودة في {path}، كانت %n منها لسجلات استبدلتها استعادة (انظر الملاحظات) والدفتر يحتوي على الباقي ({latest})</numerusform>
            <numerusform>سليم: من نقاط التحقّق الموجودة في {path}، كانت %n منها لسجلات استبدلتها استعادة (انظر الملاحظات) والدفتر يحتوي على الباقي ({latest})</numerusform>
            <numerusform>سليم: من نقاط التحقّق الموجودة في {path}، كانت %n منها لسجلات استبدلتها استعادة (انظر الملاحظات) والدفتر يحتوي على الباقي ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: the %n checkpoint(s) found in {path} (was|were) of records a restore replaced (see the notes); none was taken since</source>
        <translation>
            <numerusform>سليم: لا نقاط تحقّق في {path}؛ ولم تُؤخذ أي نقطة تحقّق منذ الاستعادة</numerusform>
            <numerusform>سليم: نقطة التحقّق الموجودة في {path} كانت لسجلات استبدلتها استعادة (انظر الملاحظات)؛ ولم تُؤخذ أي نقطة تحقّق منذ ذلك الحين</numerusform>
            <numerusform>سليم: نقطتا التحقّق الموجودتان في {path} كانتا لسجلات استبدلتها استعادة (انظر الملاحظات)؛ ولم تُؤخذ أي نقطة تحقّق منذ ذلك الحين</numerusform>
            <numerusform>سليم: نقاط التحقّق الموجودة في {path} وعددها %n كانت لسجلات استبدلتها استعادة (انظر الملاحظات)؛ ولم تُؤخذ أي نقطة تحقّق منذ ذلك الحين</numerusform>
            <numerusform>سليم: نقاط التحقّق الموجودة في {path} وعددها %n كانت لسجلات استبدلتها استعادة (انظر الملاحظات)؛ ولم تُؤخذ أي نقطة تحقّق منذ ذلك الحين</numerusform>
            <numerusform>سليم: نقاط التحقّق الموجودة في {path} وعددها %n كانت لسجلات استبدلتها استعادة (انظر الملاحظات)؛ ولم تُؤخذ أي نقطة تحقّق منذ ذلك الحين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n checkpoint(s) found in {path} (is|are) not in the ledger (of {count} in all)</source>
        <translation>
            <numerusform>تالف: نقاط التحقّق الموجودة في {path} (من أصل {count})</numerusform>
            <numerusform>تالف: نقطة تحقّق واحدة موجودة في {path} ليست في دفتر السجلات (من أصل {count})</numerusform>
            <numerusform>تالف: نقطتا تحقّق موجودتان في {path} ليستا في دفتر السجلات (من أصل {count})</numerusform>
            <numerusform>تالف: %n نقاط تحقّق موجودة في {path} ليست في دفتر السجلات (من أصل {count})</numerusform>
            <numerusform>تالف: %n نقطة تحقّق موجودة في {path} ليست في دفتر السجلات (من أصل {count})</numerusform>
            <numerusform>تالف: %n نقطة تحقّق موجودة في {path} ليست في دفتر السجلات (من أصل {count})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest: %n event(s), made {made}</source>
        <translation>
            <numerusform>الأحدث: بلا سجلات، صُنعت في {made}</numerusform>
            <numerusform>الأحدث: سجل واحد، صُنعت في {made}</numerusform>
            <numerusform>الأحدث: سجلان، صُنعت في {made}</numerusform>
            <numerusform>الأحدث: %n سجلات، صُنعت في {made}</numerusform>
            <numerusform>الأحدث: %n سجلًا، صُنعت في {made}</numerusform>
            <numerusform>الأحدث: %n سجل، صُنعت في {made}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Check {check}: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>الفحص {check}: لا صفوف في {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص {check}: صف واحد من {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص {check}: صفان من {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص {check}: %n صفوف من {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص {check}: %n صفًا من {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص {check}: %n صف من {source} لرسائل «{kind}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check (not kept: read-only): %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>الفحص (لم يُحفظ: للقراءة فقط): لا صفوف في {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص (لم يُحفظ: للقراءة فقط): صف واحد من {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص (لم يُحفظ: للقراءة فقط): صفان من {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص (لم يُحفظ: للقراءة فقط): %n صفوف من {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص (لم يُحفظ: للقراءة فقط): %n صفًا من {source} لرسائل «{kind}»</numerusform>
            <numerusform>الفحص (لم يُحفظ: للقراءة فقط): %n صف من {source} لرسائل «{kind}»</numerusform>
        </translation>
    </message>
    <message>
        <source>(numbers from column {column})</source>
        <translation>(الأرقام من العمود {column})</translation>
    </message>
    <message numerus="yes">
        <source>(%n with an opt-out option)</source>
        <translation>
            <numerusform>(فيها خيار إلغاء الاشتراك: %n)</numerusform>
            <numerusform>(فيها خيار إلغاء الاشتراك: %n)</numerusform>
            <numerusform>(فيها خيار إلغاء الاشتراك: %n)</numerusform>
            <numerusform>(فيها خيار إلغاء الاشتراك: %n)</numerusform>
            <numerusform>(فيها خيار إلغاء الاشتراك: %n)</numerusform>
            <numerusform>(فيها خيار إلغاء الاشتراك: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} wording v{version}</source>
        <translation>النص باللغة {language}، الإصدار {version}</translation>
    </message>
    <message>
        <source>form {serial}</source>
        <translation>الاستمارة {serial}</translation>
    </message>
    <message>
        <source>voids event {event}: {reason}</source>
        <translation>يلغي السجل {event}: {reason}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>  [VOIDED by {event}: {reason}]</source>
        <translation>  [أُلغي بالسجل {event}: {reason}]</translation>
    </message>
    <message>
        <source>{action} {scope} ({method}), recorded by {who} on {when}</source>
        <translation>{action} {scope} ({method})، سجّله {who} في {when}</translation>
    </message>
    <message>
        <source>Set up {shop} ({country}) in {where}</source>
        <translation>تم إعداد {shop} ({country}) في {where}</translation>
    </message>
    <message>
        <source>Opted in {who} to {scopes} ({method}; event {ids})</source>
        <translation>تم اشتراك {who} في {scopes} ({method}؛ السجل {ids})</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope} (event {event})</source>
        <translation>تم إلغاء اشتراك {phone} من {scope} (السجل {event})</translation>
    </message>
    <message>
        <source>Voided event {voided} of {phone} (event {event})</source>
        <translation>أُلغي السجل {voided} للرقم {phone} (السجل {event})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>  (not on file)</source>
        <translation>  (غير موجود في القائمة)</translation>
    </message>
    <message>
        <source>  erased on {day} at the person&apos;s request: blocked from every broadcast until they opt in again</source>
        <translation>  حُذف في {day} بطلب من الشخص: محظور من كل رسالة جماعية حتى يشترك من جديد</translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation> منذ {when}</translation>
    </message>
    <message>
        <source> [archived]</source>
        <translation> [مؤرشف]</translation>
    </message>
    <message>
        <source>  no events on file</source>
        <translation>  لا توجد سجلات</translation>
    </message>
    <message>
        <source>         confirmation: {text}</source>
        <translation>         التأكيد: {text}</translation>
    </message>
    <message>
        <source>broken: {finding}</source>
        <translation>تالف: {finding}</translation>
    </message>
    <message>
        <source>altered: {problem}</source>
        <translation>مُعدَّل: {problem}</translation>
    </message>
    <message>
        <source>checked beside the chain: wordings {wordings}, scans {scans}, people whose consent state was refolded {people}</source>
        <translation>فُحص ما بجانب السلسلة: النصوص {wordings}، المسوح الضوئية {scans}، الأشخاص الذين أُعيد حساب حالة موافقتهم {people}</translation>
    </message>
    <message>
        <source>broken: {problem}</source>
        <translation>تالف: {problem}</translation>
    </message>
    <message>
        <source>broken: event {event}: {problem}</source>
        <translation>تالف: السجل {event}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>broken: the earlier head {head} is not in the chain of %n event(s)</source>
        <translation>
            <numerusform>تالف: البصمة السابقة {head} ليست في سلسلة فارغة</numerusform>
            <numerusform>تالف: البصمة السابقة {head} ليست في سلسلة من سجل واحد</numerusform>
            <numerusform>تالف: البصمة السابقة {head} ليست في سلسلة من سجلين</numerusform>
            <numerusform>تالف: البصمة السابقة {head} ليست في سلسلة من %n سجلات</numerusform>
            <numerusform>تالف: البصمة السابقة {head} ليست في سلسلة من %n سجلًا</numerusform>
            <numerusform>تالف: البصمة السابقة {head} ليست في سلسلة من %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n event(s), head {head}</source>
        <translation>
            <numerusform>سليم: لا توجد سجلات، البصمة {head}</numerusform>
            <numerusform>سليم: سجل واحد، البصمة {head}</numerusform>
            <numerusform>سليم: سجلان، البصمة {head}</numerusform>
            <numerusform>سليم: %n سجلات، البصمة {head}</numerusform>
            <numerusform>سليم: %n سجلًا، البصمة {head}</numerusform>
            <numerusform>سليم: %n سجل، البصمة {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the ledger&apos;s append-only guards are missing or off ({names}): the backup was made and checked, but the ledger could have been rewritten; run verify</source>
        <translation>تحذير: حمايات «الإضافة فقط» في الدفتر مفقودة أو متوقفة ({names}): أُنشئت النسخة الاحتياطية وفُحصت، لكن ربما أُعيدت كتابة الدفتر؛ شغّل verify</translation>
    </message>
    <message numerus="yes">
        <source>{source}: {kind}, %n message(s)</source>
        <translation>
            <numerusform>{source}: {kind}، لا توجد رسائل</numerusform>
            <numerusform>{source}: {kind}، رسالة واحدة</numerusform>
            <numerusform>{source}: {kind}، رسالتان</numerusform>
            <numerusform>{source}: {kind}، %n رسائل</numerusform>
            <numerusform>{source}: {kind}، %n رسالة</numerusform>
            <numerusform>{source}: {kind}، %n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source> (already read)</source>
        <translation> (قُرئ من قبل)</translation>
    </message>
    <message>
        <source>line {line}: not read: {problem}</source>
        <translation>السطر {line}: لم يُقرأ: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not read</source>
        <translation>
            <numerusform>أسطر لم تُقرأ: %n</numerusform>
            <numerusform>أسطر لم تُقرأ: %n</numerusform>
            <numerusform>أسطر لم تُقرأ: %n</numerusform>
            <numerusform>أسطر لم تُقرأ: %n</numerusform>
            <numerusform>أسطر لم تُقرأ: %n</numerusform>
            <numerusform>أسطر لم تُقرأ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incoming message(s) left aside</source>
        <translation>
            <numerusform>، رسائل واردة تُركت جانبًا: %n</numerusform>
            <numerusform>، رسائل واردة تُركت جانبًا: %n</numerusform>
            <numerusform>، رسائل واردة تُركت جانبًا: %n</numerusform>
            <numerusform>، رسائل واردة تُركت جانبًا: %n</numerusform>
            <numerusform>، رسائل واردة تُركت جانبًا: %n</numerusform>
            <numerusform>، رسائل واردة تُركت جانبًا: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to keep: no message status could be read from this report.</source>
        <translation>لا شيء للحفظ: تعذّرت قراءة حالة أي رسالة من هذا التقرير.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing kept. Run again with --apply to keep %n outcome(s).</source>
        <translation>
            <numerusform>تجربة: لم يُحفظ شيء. شغّله مرة أخرى مع --apply لحفظ النتائج (%n).</numerusform>
            <numerusform>تجربة: لم يُحفظ شيء. شغّله مرة أخرى مع --apply لحفظ النتائج (%n).</numerusform>
            <numerusform>تجربة: لم يُحفظ شيء. شغّله مرة أخرى مع --apply لحفظ النتائج (%n).</numerusform>
            <numerusform>تجربة: لم يُحفظ شيء. شغّله مرة أخرى مع --apply لحفظ النتائج (%n).</numerusform>
            <numerusform>تجربة: لم يُحفظ شيء. شغّله مرة أخرى مع --apply لحفظ النتائج (%n).</numerusform>
            <numerusform>تجربة: لم يُحفظ شيء. شغّله مرة أخرى مع --apply لحفظ النتائج (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: this report was read before.</source>
        <translation>لا جديد: قُرئ هذا التقرير من قبل.</translation>
    </message>
    <message>
        <source>Nothing new: this report was read before; nothing added.</source>
        <translation>لا جديد: قُرئ هذا التقرير من قبل؛ لم يُضف شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n outcome(s).</source>
        <translation>
            <numerusform>النتائج المحفوظة: %n.</numerusform>
            <numerusform>النتائج المحفوظة: %n.</numerusform>
            <numerusform>النتائج المحفوظة: %n.</numerusform>
            <numerusform>النتائج المحفوظة: %n.</numerusform>
            <numerusform>النتائج المحفوظة: %n.</numerusform>
            <numerusform>النتائج المحفوظة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted out of marketing (WhatsApp&apos;s stop button): %n.</source>
        <translation>
            <numerusform>ألغوا اشتراك التسويق (زر الإيقاف في واتساب): %n.</numerusform>
            <numerusform>ألغوا اشتراك التسويق (زر الإيقاف في واتساب): %n.</numerusform>
            <numerusform>ألغوا اشتراك التسويق (زر الإيقاف في واتساب): %n.</numerusform>
            <numerusform>ألغوا اشتراك التسويق (زر الإيقاف في واتساب): %n.</numerusform>
            <numerusform>ألغوا اشتراك التسويق (زر الإيقاف في واتساب): %n.</numerusform>
            <numerusform>ألغوا اشتراك التسويق (زر الإيقاف في واتساب): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers marked undeliverable: %n.</source>
        <translation>
            <numerusform>أرقام عُلّمت بأنه يتعذّر التسليم إليها: %n.</numerusform>
            <numerusform>أرقام عُلّمت بأنه يتعذّر التسليم إليها: %n.</numerusform>
            <numerusform>أرقام عُلّمت بأنه يتعذّر التسليم إليها: %n.</numerusform>
            <numerusform>أرقام عُلّمت بأنه يتعذّر التسليم إليها: %n.</numerusform>
            <numerusform>أرقام عُلّمت بأنه يتعذّر التسليم إليها: %n.</numerusform>
            <numerusform>أرقام عُلّمت بأنه يتعذّر التسليم إليها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by WhatsApp: %n.</source>
        <translation>
            <numerusform>رسائل حجبها واتساب: %n.</numerusform>
            <numerusform>رسائل حجبها واتساب: %n.</numerusform>
            <numerusform>رسائل حجبها واتساب: %n.</numerusform>
            <numerusform>رسائل حجبها واتساب: %n.</numerusform>
            <numerusform>رسائل حجبها واتساب: %n.</numerusform>
            <numerusform>رسائل حجبها واتساب: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n suppressed (person, kind of message) row(s) to {file}</source>
        <translation>
            <numerusform>صفوف الإلغاء (شخص، نوع رسائل) المكتوبة في {file}: %n</numerusform>
            <numerusform>صفوف الإلغاء (شخص، نوع رسائل) المكتوبة في {file}: %n</numerusform>
            <numerusform>صفوف الإلغاء (شخص، نوع رسائل) المكتوبة في {file}: %n</numerusform>
            <numerusform>صفوف الإلغاء (شخص، نوع رسائل) المكتوبة في {file}: %n</numerusform>
            <numerusform>صفوف الإلغاء (شخص، نوع رسائل) المكتوبة في {file}: %n</numerusform>
            <numerusform>صفوف الإلغاء (شخص، نوع رسائل) المكتوبة في {file}: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation>
            <numerusform>لم يُكتب أي سجل في {file}</numerusform>
            <numerusform>كُتب سجل واحد في {file}</numerusform>
            <numerusform>كُتب سجلان في {file}</numerusform>
            <numerusform>كُتب %n سجلات في {file}</numerusform>
            <numerusform>كُتب %n سجلًا في {file}</numerusform>
            <numerusform>كُتب %n سجل في {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only file, folder or medium): &apos;{command}&apos; needs to write; nothing was done</source>
        <translation>لا يمكن الكتابة في {where} (ملف أو مجلد أو وسيط للقراءة فقط): الأمر &apos;{command}&apos; يحتاج إلى الكتابة؛ لم يُفعل شيء</translation>
    </message>
    <message>
        <source>Note: {where} cannot be written; opened read-only</source>
        <translation>ملاحظة: لا يمكن الكتابة في {where}؛ فُتح للقراءة فقط</translation>
    </message>
    <message>
        <source>the output could not be written ({problem})</source>
        <translation>تعذّرت كتابة المخرجات ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n message(s) as sent</source>
        <translation>
            <numerusform>الرسائل المسجّلة كمُرسلة: %n</numerusform>
            <numerusform>الرسائل المسجّلة كمُرسلة: %n</numerusform>
            <numerusform>الرسائل المسجّلة كمُرسلة: %n</numerusform>
            <numerusform>الرسائل المسجّلة كمُرسلة: %n</numerusform>
            <numerusform>الرسائل المسجّلة كمُرسلة: %n</numerusform>
            <numerusform>الرسائل المسجّلة كمُرسلة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to {file} (head {head})</source>
        <translation>
            <numerusform>لم يُنسخ أي سجل احتياطيًا إلى {file} (البصمة {head})</numerusform>
            <numerusform>نُسخ سجل واحد احتياطيًا إلى {file} (البصمة {head})</numerusform>
            <numerusform>نُسخ سجلان احتياطيًا إلى {file} (البصمة {head})</numerusform>
            <numerusform>نُسخ %n سجلات احتياطيًا إلى {file} (البصمة {head})</numerusform>
            <numerusform>نُسخ %n سجلًا احتياطيًا إلى {file} (البصمة {head})</numerusform>
            <numerusform>نُسخ %n سجل احتياطيًا إلى {file} (البصمة {head})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had changed since the backup of {when} UTC (same ledger head and count, no other change counted): it was reused</source>
        <translation>لم يتغيّر شيء منذ النسخة الاحتياطية في {when} UTC (بصمة الدفتر نفسها والعدد نفسه، ولا تغيير آخر): أُعيد استخدامها</translation>
    </message>
    <message>
        <source>Restoring {file}:</source>
        <translation>جارٍ الاستعادة من {file}:</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run)</source>
        <translation>لم يتغيّر شيء (--dry-run)</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n other connection(s) to the records (--force)</source>
        <translation>
            <numerusform>جارٍ قطع الاتصالات الأخرى بالبيانات (--force): %n</numerusform>
            <numerusform>جارٍ قطع الاتصالات الأخرى بالبيانات (--force): %n</numerusform>
            <numerusform>جارٍ قطع الاتصالات الأخرى بالبيانات (--force): %n</numerusform>
            <numerusform>جارٍ قطع الاتصالات الأخرى بالبيانات (--force): %n</numerusform>
            <numerusform>جارٍ قطع الاتصالات الأخرى بالبيانات (--force): %n</numerusform>
            <numerusform>جارٍ قطع الاتصالات الأخرى بالبيانات (--force): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n event(s).</source>
        <translation>
            <numerusform>لم يُستعد أي سجل.</numerusform>
            <numerusform>استُعيد سجل واحد.</numerusform>
            <numerusform>استُعيد سجلان.</numerusform>
            <numerusform>استُعيدت %n سجلات.</numerusform>
            <numerusform>استُعيد %n سجلًا.</numerusform>
            <numerusform>استُعيد %n سجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n opt-out(s).</source>
        <translation>
            <numerusform>أُعيد تطبيق إلغاءات الاشتراك: %n.</numerusform>
            <numerusform>أُعيد تطبيق إلغاءات الاشتراك: %n.</numerusform>
            <numerusform>أُعيد تطبيق إلغاءات الاشتراك: %n.</numerusform>
            <numerusform>أُعيد تطبيق إلغاءات الاشتراك: %n.</numerusform>
            <numerusform>أُعيد تطبيق إلغاءات الاشتراك: %n.</numerusform>
            <numerusform>أُعيد تطبيق إلغاءات الاشتراك: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n erasure(s).</source>
        <translation>
            <numerusform>أُعيد تطبيق عمليات الحذف: %n.</numerusform>
            <numerusform>أُعيد تطبيق عمليات الحذف: %n.</numerusform>
            <numerusform>أُعيد تطبيق عمليات الحذف: %n.</numerusform>
            <numerusform>أُعيد تطبيق عمليات الحذف: %n.</numerusform>
            <numerusform>أُعيد تطبيق عمليات الحذف: %n.</numerusform>
            <numerusform>أُعيد تطبيق عمليات الحذف: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n event(s), head {head}.</source>
        <translation>
            <numerusform>لا تضم البيانات أي سجل، البصمة {head}.</numerusform>
            <numerusform>تضم البيانات سجلًا واحدًا، البصمة {head}.</numerusform>
            <numerusform>تضم البيانات سجلين، البصمة {head}.</numerusform>
            <numerusform>تضم البيانات %n سجلات، البصمة {head}.</numerusform>
            <numerusform>تضم البيانات %n سجلًا، البصمة {head}.</numerusform>
            <numerusform>تضم البيانات %n سجل، البصمة {head}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced records are kept in {file}.</source>
        <translation>البيانات المستبدلة محفوظة في {file}.</translation>
    </message>
    <message>
        <source>The backup&apos;s consent table did not match its ledger (it was edited outside the program): every person&apos;s consent was worked out again from the ledger.</source>
        <translation>لم يطابق جدول الموافقات في النسخة الاحتياطية سجلّها (عُدّل خارج البرنامج): أُعيد حساب موافقة كل شخص من السجل.</translation>
    </message>
    <message>
        <source>{number} was erased on {day}; the number stays blocked</source>
        <translation>حُذف {number} في {day}؛ يبقى الرقم محظورًا</translation>
    </message>
    <message numerus="yes">
        <source>Erased the name, number and %n scan(s).</source>
        <translation>
            <numerusform>حُذف الاسم والرقم والصور الممسوحة (%n).</numerusform>
            <numerusform>حُذف الاسم والرقم والصور الممسوحة (%n).</numerusform>
            <numerusform>حُذف الاسم والرقم والصور الممسوحة (%n).</numerusform>
            <numerusform>حُذف الاسم والرقم والصور الممسوحة (%n).</numerusform>
            <numerusform>حُذف الاسم والرقم والصور الممسوحة (%n).</numerusform>
            <numerusform>حُذف الاسم والرقم والصور الممسوحة (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (entry stays|entries stay) in the ledger, and the number stays blocked from broadcasts.</source>
        <translation>
            <numerusform>السجلات الباقية في دفتر السجلات: %n، ويبقى الرقم محظورًا من الرسائل الجماعية.</numerusform>
            <numerusform>السجلات الباقية في دفتر السجلات: %n، ويبقى الرقم محظورًا من الرسائل الجماعية.</numerusform>
            <numerusform>السجلات الباقية في دفتر السجلات: %n، ويبقى الرقم محظورًا من الرسائل الجماعية.</numerusform>
            <numerusform>السجلات الباقية في دفتر السجلات: %n، ويبقى الرقم محظورًا من الرسائل الجماعية.</numerusform>
            <numerusform>السجلات الباقية في دفتر السجلات: %n، ويبقى الرقم محظورًا من الرسائل الجماعية.</numerusform>
            <numerusform>السجلات الباقية في دفتر السجلات: %n، ويبقى الرقم محظورًا من الرسائل الجماعية.</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure is recorded, but wiping the freed space of the file failed ({problem}): free some disk space, then run &apos;optin-desk erase {number}&apos; again to wipe it</source>
        <translation>سُجّل الحذف، لكن تعذّر مسح المساحة المحرّرة من الملف ({problem}): حرّر بعض المساحة على القرص، ثم شغّل &apos;optin-desk erase {number}&apos; مرة أخرى لمسحها</translation>
    </message>
    <message>
        <source>the person is erased from the records, but the server keeps their old row versions while another connection has a transaction open (a computer reading the records): once it ends, run &apos;optin-desk erase {number}&apos; again</source>
        <translation>مُحي الشخص من السجلات، لكن الخادم يحتفظ بالنسخ القديمة من صفوفه ما دام اتصال آخر لديه معاملة مفتوحة (حاسوب يقرأ السجلات): عندما تنتهي، شغّل &apos;optin-desk erase {number}&apos; مرة أخرى</translation>
    </message>
    <message>
        <source>the person is erased from the records, but still readable in the file until another program that has it open (an OptIn Desk window on this computer, or another process) closes it: close it, then run &apos;optin-desk erase {number}&apos; again (or add --wait SECONDS)</source>
        <translation>مُحي الشخص من السجلات، لكنه لا يزال مقروءًا في الملف حتى يُغلقه برنامج آخر يفتحه (نافذة OptIn Desk على هذا الحاسوب، أو عملية أخرى): أغلقه، ثم شغّل &apos;optin-desk erase {number}&apos; مرة أخرى (أو أضف --wait SECONDS)</translation>
    </message>
    <message>
        <source>The server&apos;s old row versions were vacuumed; its own write-ahead log and its backups keep them until they are recycled or deleted.</source>
        <translation>نُظّفت النسخ القديمة من الصفوف على الخادم؛ لكن سجل الكتابة المسبقة الخاص به ونسخه الاحتياطية تحتفظ بها حتى يُعاد استخدامها أو تُحذف.</translation>
    </message>
    <message>
        <source>Wiped the freed space of the file again</source>
        <translation>مُسحت المساحة المحرّرة من الملف مرة أخرى</translation>
    </message>
    <message>
        <source>No backups of these records are known to this program.</source>
        <translation>لا يعرف هذا البرنامج أي نسخة احتياطية لهذه السجلات.</translation>
    </message>
    <message>
        <source>  {path}: erased, checked</source>
        <translation>  {path}: مُحي منه، وفُحص</translation>
    </message>
    <message>
        <source>  {path}: erased, checked; the checkpoint beside it still holds (same ledger)</source>
        <translation>  {path}: مُحي منه، وفُحص؛ نقطة التحقّق بجانبه لا تزال سليمة (الدفتر نفسه)</translation>
    </message>
    <message>
        <source>  {path}: the person is not in it</source>
        <translation>  {path}: الشخص ليس فيه</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): deleted</source>
        <translation>  {path}: تعذّرت إعادة كتابته ({reason}): حُذف</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): it still holds {number}; delete it, or run again with --remove-unerasable</source>
        <translation>  {path}: تعذّرت إعادة كتابته ({reason}): لا يزال يحتوي على {number}؛ احذفه، أو شغّل الأمر مرة أخرى مع --remove-unerasable</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>تم تعيين رمز PIN للمالك</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>أُزيل رمز PIN للمالك</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n contact(s)</source>
        <translation>
            <numerusform>{done} من %n جهة اتصال</numerusform>
            <numerusform>{done} من %n جهة اتصال</numerusform>
            <numerusform>{done} من %n جهة اتصال</numerusform>
            <numerusform>{done} من %n جهة اتصال</numerusform>
            <numerusform>{done} من %n جهة اتصال</numerusform>
            <numerusform>{done} من %n جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>جهات الاتصال التجريبية المضافة: %n.</numerusform>
            <numerusform>جهات الاتصال التجريبية المضافة: %n.</numerusform>
            <numerusform>جهات الاتصال التجريبية المضافة: %n.</numerusform>
            <numerusform>جهات الاتصال التجريبية المضافة: %n.</numerusform>
            <numerusform>جهات الاتصال التجريبية المضافة: %n.</numerusform>
            <numerusform>جهات الاتصال التجريبية المضافة: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n event(s) in all.</source>
        <translation>
            <numerusform>ليس لديها أي سجل.</numerusform>
            <numerusform>لديها سجل واحد في المجموع.</numerusform>
            <numerusform>لديها سجلان في المجموع.</numerusform>
            <numerusform>لديها %n سجلات في المجموع.</numerusform>
            <numerusform>لديها %n سجلًا في المجموع.</numerusform>
            <numerusform>لديها %n سجل في المجموع.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>لم تُطبع أي استمارات بعد.</translation>
    </message>
    <message>
        <source>Note: not translated into {language}, printed in the shop&apos;s language: {kinds} (set them with &apos;category KEY --language {code}&apos;)</source>
        <translation>ملاحظة: غير مترجم إلى {language}، طُبع بلغة المتجر: {kinds} (ترجمها بالأمر &apos;category KEY --language {code}&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</source>
        <translation>
            <numerusform>لم تُطبع أي استمارة باللغة {language} (النص الإصدار {version}، {paper}) في {file}: الأرقام التسلسلية {first} … {last}</numerusform>
            <numerusform>طُبعت استمارة واحدة باللغة {language} (النص الإصدار {version}، {paper}) في {file}: الأرقام التسلسلية {first} … {last}</numerusform>
            <numerusform>طُبعت استمارتان باللغة {language} (النص الإصدار {version}، {paper}) في {file}: الأرقام التسلسلية {first} … {last}</numerusform>
            <numerusform>طُبعت %n استمارات باللغة {language} (النص الإصدار {version}، {paper}) في {file}: الأرقام التسلسلية {first} … {last}</numerusform>
            <numerusform>طُبعت %n استمارةً باللغة {language} (النص الإصدار {version}، {paper}) في {file}: الأرقام التسلسلية {first} … {last}</numerusform>
            <numerusform>طُبعت %n استمارة باللغة {language} (النص الإصدار {version}، {paper}) في {file}: الأرقام التسلسلية {first} … {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof of consent for {phone} (%n (entry|entries)) written to {file}; ledger head {head}</source>
        <translation>
            <numerusform>كُتب إثبات الموافقة للرقم {phone} (السجلات: %n) في {file}؛ بصمة الدفتر {head}</numerusform>
            <numerusform>كُتب إثبات الموافقة للرقم {phone} (السجلات: %n) في {file}؛ بصمة الدفتر {head}</numerusform>
            <numerusform>كُتب إثبات الموافقة للرقم {phone} (السجلات: %n) في {file}؛ بصمة الدفتر {head}</numerusform>
            <numerusform>كُتب إثبات الموافقة للرقم {phone} (السجلات: %n) في {file}؛ بصمة الدفتر {head}</numerusform>
            <numerusform>كُتب إثبات الموافقة للرقم {phone} (السجلات: %n) في {file}؛ بصمة الدفتر {head}</numerusform>
            <numerusform>كُتب إثبات الموافقة للرقم {phone} (السجلات: %n) في {file}؛ بصمة الدفتر {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Its JSON proof, for an auditor to check with verify-proof: {file}</source>
        <translation>إثبات JSON الخاص به، ليتحقق منه المدقق باستخدام verify-proof: {file}</translation>
    </message>
    <message numerus="yes">
        <source>batch {batch}: {when} by {who}, %n form(s) in {language} (wording v{version}, {paper})</source>
        <translation>
            <numerusform>الدفعة {batch}: {when} بواسطة {who}، بلا استمارات باللغة {language} (النص الإصدار {version}، {paper})</numerusform>
            <numerusform>الدفعة {batch}: {when} بواسطة {who}، استمارة واحدة باللغة {language} (النص الإصدار {version}، {paper})</numerusform>
            <numerusform>الدفعة {batch}: {when} بواسطة {who}، استمارتان باللغة {language} (النص الإصدار {version}، {paper})</numerusform>
            <numerusform>الدفعة {batch}: {when} بواسطة {who}، %n استمارات باللغة {language} (النص الإصدار {version}، {paper})</numerusform>
            <numerusform>الدفعة {batch}: {when} بواسطة {who}، %n استمارةً باللغة {language} (النص الإصدار {version}، {paper})</numerusform>
            <numerusform>الدفعة {batch}: {when} بواسطة {who}، %n استمارة باللغة {language} (النص الإصدار {version}، {paper})</numerusform>
        </translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>للعميل {name}</translation>
    </message>
    <message>
        <source>{returned} returned, {outstanding} outstanding</source>
        <translation>أُعيد: {returned}، لم يُعد بعد: {outstanding}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>لا توجد صفوف:</numerusform>
            <numerusform>صف واحد:</numerusform>
            <numerusform>صفان:</numerusform>
            <numerusform>%n صفوف:</numerusform>
            <numerusform>%n صفًا:</numerusform>
            <numerusform>%n صف:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add,</source>
        <translation>
            <numerusform>للإضافة: %n،</numerusform>
            <numerusform>للإضافة: %n،</numerusform>
            <numerusform>للإضافة: %n،</numerusform>
            <numerusform>للإضافة: %n،</numerusform>
            <numerusform>للإضافة: %n،</numerusform>
            <numerusform>للإضافة: %n،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (would undo an opt-out),</source>
        <translation>
            <numerusform>تُخطّيت (كانت ستلغي إلغاء اشتراك): %n،</numerusform>
            <numerusform>تُخطّيت (كانت ستلغي إلغاء اشتراك): %n،</numerusform>
            <numerusform>تُخطّيت (كانت ستلغي إلغاء اشتراك): %n،</numerusform>
            <numerusform>تُخطّيت (كانت ستلغي إلغاء اشتراك): %n،</numerusform>
            <numerusform>تُخطّيت (كانت ستلغي إلغاء اشتراك): %n،</numerusform>
            <numerusform>تُخطّيت (كانت ستلغي إلغاء اشتراك): %n،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded,</source>
        <translation>
            <numerusform>مسجّلة من قبل: %n،</numerusform>
            <numerusform>مسجّلة من قبل: %n،</numerusform>
            <numerusform>مسجّلة من قبل: %n،</numerusform>
            <numerusform>مسجّلة من قبل: %n،</numerusform>
            <numerusform>مسجّلة من قبل: %n،</numerusform>
            <numerusform>مسجّلة من قبل: %n،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>غير صالحة: %n</numerusform>
            <numerusform>غير صالحة: %n</numerusform>
            <numerusform>غير صالحة: %n</numerusform>
            <numerusform>غير صالحة: %n</numerusform>
            <numerusform>غير صالحة: %n</numerusform>
            <numerusform>غير صالحة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (erased on request)</source>
        <translation>
            <numerusform>مرفوضة (حُذفت بطلب): %n</numerusform>
            <numerusform>مرفوضة (حُذفت بطلب): %n</numerusform>
            <numerusform>مرفوضة (حُذفت بطلب): %n</numerusform>
            <numerusform>مرفوضة (حُذفت بطلب): %n</numerusform>
            <numerusform>مرفوضة (حُذفت بطلب): %n</numerusform>
            <numerusform>مرفوضة (حُذفت بطلب): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (paper form(s) without a serial)</source>
        <translation>
            <numerusform>مرفوضة (استمارات ورقية بلا رقم تسلسلي): %n</numerusform>
            <numerusform>مرفوضة (استمارة ورقية بلا رقم تسلسلي): %n</numerusform>
            <numerusform>مرفوضة (استمارتان ورقيتان بلا رقم تسلسلي): %n</numerusform>
            <numerusform>مرفوضة (استمارات ورقية بلا رقم تسلسلي): %n</numerusform>
            <numerusform>مرفوضة (استمارات ورقية بلا رقم تسلسلي): %n</numerusform>
            <numerusform>مرفوضة (استمارات ورقية بلا رقم تسلسلي): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n event(s) and every other record to {where}</source>
        <translation>
            <numerusform>لم يُنقل أي سجل، ونُقلت كل البيانات الأخرى إلى {where}</numerusform>
            <numerusform>نُقل سجل واحد وكل البيانات الأخرى إلى {where}</numerusform>
            <numerusform>نُقل سجلان وكل البيانات الأخرى إلى {where}</numerusform>
            <numerusform>نُقلت %n سجلات وكل البيانات الأخرى إلى {where}</numerusform>
            <numerusform>نُقل %n سجلًا وكل البيانات الأخرى إلى {where}</numerusform>
            <numerusform>نُقل %n سجل وكل البيانات الأخرى إلى {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>لا توجد صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head on both sides: {head}</source>
        <translation>بصمة الدفتر في الجهتين: {head}</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) copied to {folder}</source>
        <translation>
            <numerusform>الصور الممسوحة المنسوخة إلى {folder}: %n</numerusform>
            <numerusform>الصور الممسوحة المنسوخة إلى {folder}: %n</numerusform>
            <numerusform>الصور الممسوحة المنسوخة إلى {folder}: %n</numerusform>
            <numerusform>الصور الممسوحة المنسوخة إلى {folder}: %n</numerusform>
            <numerusform>الصور الممسوحة المنسوخة إلى {folder}: %n</numerusform>
            <numerusform>الصور الممسوحة المنسوخة إلى {folder}: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every computer at it: optin-desk --db URL, or set OPTIN_DESK_DB=URL</source>
        <translation>وجّه كل الحواسيب إليها: optin-desk --db URL، أو عيّن OPTIN_DESK_DB=URL</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(بلا رقم)</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>تُخطّي: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {who}: “{message}” → {verdict} ({why})</source>
        <translation>الصف {row}: {who}: “{message}” ← {verdict} ({why})</translation>
    </message>
    <message numerus="yes">
        <source>%n (reply|replies):</source>
        <translation>
            <numerusform>الردود: %n:</numerusform>
            <numerusform>الردود: %n:</numerusform>
            <numerusform>الردود: %n:</numerusform>
            <numerusform>الردود: %n:</numerusform>
            <numerusform>الردود: %n:</numerusform>
            <numerusform>الردود: %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-out(s),</source>
        <translation>
            <numerusform>إلغاءات اشتراك واضحة: %n،</numerusform>
            <numerusform>إلغاءات اشتراك واضحة: %n،</numerusform>
            <numerusform>إلغاءات اشتراك واضحة: %n،</numerusform>
            <numerusform>إلغاءات اشتراك واضحة: %n،</numerusform>
            <numerusform>إلغاءات اشتراك واضحة: %n،</numerusform>
            <numerusform>إلغاءات اشتراك واضحة: %n،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to decide,</source>
        <translation>
            <numerusform>يقرّرها شخص: %n،</numerusform>
            <numerusform>يقرّرها شخص: %n،</numerusform>
            <numerusform>يقرّرها شخص: %n،</numerusform>
            <numerusform>يقرّرها شخص: %n،</numerusform>
            <numerusform>يقرّرها شخص: %n،</numerusform>
            <numerusform>يقرّرها شخص: %n،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in request(s),</source>
        <translation>
            <numerusform>طلبات اشتراك: %n،</numerusform>
            <numerusform>طلبات اشتراك: %n،</numerusform>
            <numerusform>طلبات اشتراك: %n،</numerusform>
            <numerusform>طلبات اشتراك: %n،</numerusform>
            <numerusform>طلبات اشتراك: %n،</numerusform>
            <numerusform>طلبات اشتراك: %n،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>تُخطّيت: %n</numerusform>
            <numerusform>تُخطّيت: %n</numerusform>
            <numerusform>تُخطّيت: %n</numerusform>
            <numerusform>تُخطّيت: %n</numerusform>
            <numerusform>تُخطّيت: %n</numerusform>
            <numerusform>تُخطّيت: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the opt-outs.</source>
        <translation>تجربة: لم يُسجّل شيء. شغّله مرة أخرى مع --apply لتسجيل إلغاءات الاشتراك.</translation>
    </message>
    <message>
        <source>No clear opt-outs to record.</source>
        <translation>لا توجد إلغاءات اشتراك واضحة لتسجيلها.</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope}; confirmation to send:</source>
        <translation>تم إلغاء اشتراك {phone} من {scope}؛ التأكيد المطلوب إرساله:</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n opt-out(s).</source>
        <translation>
            <numerusform>إلغاءات الاشتراك المسجّلة: %n.</numerusform>
            <numerusform>إلغاءات الاشتراك المسجّلة: %n.</numerusform>
            <numerusform>إلغاءات الاشتراك المسجّلة: %n.</numerusform>
            <numerusform>إلغاءات الاشتراك المسجّلة: %n.</numerusform>
            <numerusform>إلغاءات الاشتراك المسجّلة: %n.</numerusform>
            <numerusform>إلغاءات الاشتراك المسجّلة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their confirmations wait in the app&apos;s Opt-outs page until marked sent.</source>
        <translation>تنتظر تأكيداتها في صفحة «إلغاء الاشتراك» في البرنامج حتى تُعلَّم كمُرسلة.</translation>
    </message>
    <message>
        <source>row {row}:</source>
        <translation>الصف {row}:</translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the rows to add.</source>
        <translation>تجربة: لم يُسجّل شيء. شغّله مرة أخرى مع --apply لتسجيل الصفوف المراد إضافتها.</translation>
    </message>
    <message>
        <source>--apply refuses the file while a row is invalid: fix those rows, or add --skip-invalid to record the others.</source>
        <translation>يرفض --apply الملف ما دام فيه صف غير صالح: صحّح تلك الصفوف، أو أضف --skip-invalid لتسجيل البقية.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) (method: imported).</source>
        <translation>
            <numerusform>لم يُستورد أي سجل (الطريقة: مستورد).</numerusform>
            <numerusform>استُورد سجل واحد (الطريقة: مستورد).</numerusform>
            <numerusform>استُورد سجلان (الطريقة: مستورد).</numerusform>
            <numerusform>استُوردت %n سجلات (الطريقة: مستورد).</numerusform>
            <numerusform>استُورد %n سجلًا (الطريقة: مستورد).</numerusform>
            <numerusform>استُورد %n سجل (الطريقة: مستورد).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Wrote {file}:</source>
        <translation>كُتب {file}:</translation>
    </message>
    <message numerus="yes">
        <source>%n broadcast(s),</source>
        <translation>
            <numerusform>الرسائل الجماعية: %n،</numerusform>
            <numerusform>الرسائل الجماعية: %n،</numerusform>
            <numerusform>الرسائل الجماعية: %n،</numerusform>
            <numerusform>الرسائل الجماعية: %n،</numerusform>
            <numerusform>الرسائل الجماعية: %n،</numerusform>
            <numerusform>الرسائل الجماعية: %n،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>التحذيرات: %n.</numerusform>
            <numerusform>التحذيرات: %n.</numerusform>
            <numerusform>التحذيرات: %n.</numerusform>
            <numerusform>التحذيرات: %n.</numerusform>
            <numerusform>التحذيرات: %n.</numerusform>
            <numerusform>التحذيرات: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the reading of {day}.</source>
        <translation>حُفظت قراءة {day}.</translation>
    </message>
    <message>
        <source>That reading was already kept.</source>
        <translation>هذه القراءة محفوظة من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n new reading(s).</source>
        <translation>
            <numerusform>القراءات الجديدة المحفوظة: %n.</numerusform>
            <numerusform>القراءات الجديدة المحفوظة: %n.</numerusform>
            <numerusform>القراءات الجديدة المحفوظة: %n.</numerusform>
            <numerusform>القراءات الجديدة المحفوظة: %n.</numerusform>
            <numerusform>القراءات الجديدة المحفوظة: %n.</numerusform>
            <numerusform>القراءات الجديدة المحفوظة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>, limit {limit}</source>
        <translation>، الحد {limit}</translation>
    </message>
    <message>
        <source>{sender} on {day}: quality {rating}, {status}{limit}</source>
        <translation>{sender} في {day}: الجودة {rating}، {status}{limit}</translation>
    </message>
    <message>
        <source>broadcast {check} ({file}, {day}):</source>
        <translation>الرسالة الجماعية {check} ({file}، {day}):</translation>
    </message>
    <message numerus="yes">
        <source>%n sent;</source>
        <translation>
            <numerusform>أُرسل: %n؛</numerusform>
            <numerusform>أُرسل: %n؛</numerusform>
            <numerusform>أُرسل: %n؛</numerusform>
            <numerusform>أُرسل: %n؛</numerusform>
            <numerusform>أُرسل: %n؛</numerusform>
            <numerusform>أُرسل: %n؛</numerusform>
        </translation>
    </message>
    <message>
        <source>no delivery report</source>
        <translation>لا يوجد تقرير تسليم</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) within 7 days</source>
        <translation>
            <numerusform>إلغاءات الاشتراك خلال 7 أيام: %n</numerusform>
            <numerusform>إلغاءات الاشتراك خلال 7 أيام: %n</numerusform>
            <numerusform>إلغاءات الاشتراك خلال 7 أيام: %n</numerusform>
            <numerusform>إلغاءات الاشتراك خلال 7 أيام: %n</numerusform>
            <numerusform>إلغاءات الاشتراك خلال 7 أيام: %n</numerusform>
            <numerusform>إلغاءات الاشتراك خلال 7 أيام: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>opted in by {method}:</source>
        <translation>طريقة الاشتراك «{method}»:</translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people),</source>
        <translation>
            <numerusform>الأشخاص: %n،</numerusform>
            <numerusform>الأشخاص: %n،</numerusform>
            <numerusform>الأشخاص: %n،</numerusform>
            <numerusform>الأشخاص: %n،</numerusform>
            <numerusform>الأشخاص: %n،</numerusform>
            <numerusform>الأشخاص: %n،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out since</source>
        <translation>
            <numerusform>ألغوا الاشتراك بعدها: %n</numerusform>
            <numerusform>ألغوا الاشتراك بعدها: %n</numerusform>
            <numerusform>ألغوا الاشتراك بعدها: %n</numerusform>
            <numerusform>ألغوا الاشتراك بعدها: %n</numerusform>
            <numerusform>ألغوا الاشتراك بعدها: %n</numerusform>
            <numerusform>ألغوا الاشتراك بعدها: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>تحذير: {warning}</translation>
    </message>
    <message>
        <source>Wrote the records key ({id}) to {path}: carry it to the other computer, run &apos;optin-desk records-key --import FILE&apos; there, then delete the file</source>
        <translation>كُتب مفتاح السجلات ({id}) في {path}: انقله إلى الحاسوب الآخر، وشغّل هناك &apos;optin-desk records-key --import FILE&apos;، ثم احذف الملف</translation>
    </message>
    <message>
        <source>Kept the records key ({id}) in {path}</source>
        <translation>حُفظ مفتاح السجلات ({id}) في {path}</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (راجع &apos;{prog} --help&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Check {check}, kept {when} UTC: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>الفحص {check}، حُفظ في {when} UTC: لا صفوف من {source} لـ{kind}</numerusform>
            <numerusform>الفحص {check}، حُفظ في {when} UTC: صف واحد من {source} لـ{kind}</numerusform>
            <numerusform>الفحص {check}، حُفظ في {when} UTC: صفان من {source} لـ{kind}</numerusform>
            <numerusform>الفحص {check}، حُفظ في {when} UTC: %n صفوف من {source} لـ{kind}</numerusform>
            <numerusform>الفحص {check}، حُفظ في {when} UTC: %n صفًا من {source} لـ{kind}</numerusform>
            <numerusform>الفحص {check}، حُفظ في {when} UTC: %n صف من {source} لـ{kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as sent on {day}.</source>
        <translation>سُجّل مُرسَلًا في {day}.</translation>
    </message>
    <message>
        <source>No check was kept yet.</source>
        <translation>لم يُحفظ أي فحص بعد.</translation>
    </message>
    <message numerus="yes">
        <source>{check}  {when} UTC  {file}  {kind}  %n row(s)</source>
        <translation>
            <numerusform>{check}  {when} UTC  {file}  {kind}  لا صفوف</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  صف واحد</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  صفان</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n صفوف</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n صفًا</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>أُرسل في {day}</translation>
    </message>
    <message>
        <source>{key} in {language}: {label} ({language} wording v{version})</source>
        <translation>{key} باللغة {language}: {label} (النص باللغة {language}، الإصدار {version})</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>الوسيط {argument}: {message}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>الوسائط التالية مطلوبة: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>يلزم أحد هذه الوسائط: {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>وسائط غير معروفة: {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>خيار ملتبس: {option} قد يعني {matches}</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>لا يجوز استخدامه مع {argument}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>لا يقبل قيمة: {value}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يلزم قيمة واحدة</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُقبل قيمة واحدة على الأكثر</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يلزم قيمة واحدة على الأقل</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>ليس عددًا صحيحًا: {value}</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>قيمة {type} غير صالحة: {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>اختيار غير صالح: {value} (اختر من بين {choices})</translation>
    </message>
    <message>
        <source>unknown parser {command} (choices: {choices})</source>
        <translation>أمر غير معروف: {command} (الخيارات: {choices})</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>this computer&apos;s public signing key</source>
        <translation>مفتاح التوقيع العام لهذا الحاسوب</translation>
    </message>
    <message>
        <source>take a signed checkpoint of the ledger (kept away, it anchors it)</source>
        <translation>أنشئ نقطة تحقّق موقّعة من دفتر السجلات (تُحفظ في مكان آخر فتثبّته)</translation>
    </message>
    <message>
        <source>also write it to this file or folder</source>
        <translation>اكتبها أيضًا في هذا الملف أو المجلد</translation>
    </message>
    <message>
        <source>check a proof JSON on its own (no database needed)</source>
        <translation>تحقّق من إثبات JSON وحده (دون قاعدة بيانات)</translation>
    </message>
    <message>
        <source>the shop&apos;s public key (base64) or its fingerprint</source>
        <translation>المفتاح العام للمتجر (base64) أو بصمته</translation>
    </message>
    <message>
        <source>the number printed for people to reach the shop</source>
        <translation>الرقم المطبوع ليتواصل الناس مع المتجر</translation>
    </message>
    <message>
        <source>an e-mail printed on forms</source>
        <translation>بريد إلكتروني يُطبع على الاستمارات</translation>
    </message>
    <message>
        <source>where the privacy notice is (a URL or a line)</source>
        <translation>مكان إشعار الخصوصية (رابط أو سطر)</translation>
    </message>
    <message>
        <source>years the records are kept after a person opts out (default 3)</source>
        <translation>عدد سنوات حفظ السجلات بعد إلغاء الشخص اشتراكه (الافتراضي 3)</translation>
    </message>
    <message>
        <source>where the records are kept (default: this computer, or the shop&apos;s server)</source>
        <translation>مكان حفظ السجلات (الافتراضي: هذا الحاسوب، أو خادم المتجر)</translation>
    </message>
    <message>
        <source>who else receives numbers and messages, separated by &apos;;&apos; (default: Meta Platforms, as the provider of WhatsApp)</source>
        <translation>من غيرنا يتلقى الأرقام والرسائل، مفصولين بـ &apos;;&apos; (الافتراضي: Meta Platforms، بصفتها مزوّد WhatsApp)</translation>
    </message>
    <message>
        <source>set a category&apos;s label and description in one language</source>
        <translation>اضبط اسم نوع رسائل ووصفه بلغة واحدة</translation>
    </message>
    <message>
        <source>the category&apos;s key, e.g. offers</source>
        <translation>مفتاح نوع الرسائل، مثلًا offers</translation>
    </message>
    <message>
        <source>its label</source>
        <translation>اسمه</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>وصفه</translation>
    </message>
    <message>
        <source>erase a person&apos;s name, number and scans</source>
        <translation>امحُ اسم الشخص ورقمه ومسوحاته الضوئية</translation>
    </message>
    <message>
        <source>how long to wait for other programs reading the records before saying who still holds them (default 10)</source>
        <translation>مدة انتظار البرامج الأخرى التي تقرأ السجلات قبل ذكر من لا يزال يفتحها (الافتراضي 10)</translation>
    </message>
    <message>
        <source>also erase the person from every backup this program knows of</source>
        <translation>امحُ الشخص أيضًا من كل نسخة احتياطية يعرفها هذا البرنامج</translation>
    </message>
    <message>
        <source>with --from-backups: delete a backup that cannot be rewritten (a server&apos;s dump, a damaged file) instead of keeping it</source>
        <translation>مع --from-backups: احذف النسخة الاحتياطية التي لا يمكن إعادة كتابتها (تفريغ خادم، ملف تالف) بدل الإبقاء عليها</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض هذه المساعدة ثم اخرج</translation>
    </message>
    <message>
        <source>who records it (default: the name this computer remembers, else your login)</source>
        <translation>من يسجّله (الافتراضي: الاسم الذي يتذكره هذا الحاسوب، وإلا اسم دخولك)</translation>
    </message>
    <message>
        <source>the person&apos;s WhatsApp number, in any usual format</source>
        <translation>رقم WhatsApp الخاص بالشخص، بأي صيغة معتادة</translation>
    </message>
    <message>
        <source>print JSON instead of lines of text</source>
        <translation>اطبع JSON بدل أسطر النص</translation>
    </message>
    <message>
        <source>the language of messages: {languages} (default: the system&apos;s)</source>
        <translation>لغة الرسائل: {languages} (الافتراضي: لغة النظام)</translation>
    </message>
    <message>
        <source>Keep the WhatsApp consent records of a small shop. Without a command, the desktop window opens.</source>
        <translation>يحفظ سجلات الموافقة على رسائل WhatsApp لمتجر صغير. دون أمر، تُفتح نافذة البرنامج.</translation>
    </message>
    <message>
        <source>database file or URL (default: OPTIN_DESK_DB, else the user data folder)</source>
        <translation>ملف قاعدة البيانات أو عنوانها (الافتراضي: OPTIN_DESK_DB، وإلا مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>the owner PIN, for settings, erase, restore, backup, export, suppression and voiding an opt-out (or OPTIN_DESK_PIN)</source>
        <translation>رمز PIN للمالك، للإعدادات والمحو والاستعادة والنسخ الاحتياطي والتصدير وقائمة الحظر وإلغاء قيد إلغاء اشتراك (أو OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>create the database and the business profile</source>
        <translation>أنشئ قاعدة البيانات وملف تعريف المتجر</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>default country, e.g. GB</source>
        <translation>البلد الافتراضي، مثلًا SA</translation>
    </message>
    <message>
        <source>a WhatsApp number</source>
        <translation>رقم WhatsApp</translation>
    </message>
    <message>
        <source>service or marketing</source>
        <translation>service أو marketing</translation>
    </message>
    <message>
        <source>the shop&apos;s address, printed on forms</source>
        <translation>عنوان المتجر، ويُطبع على الاستمارات</translation>
    </message>
    <message>
        <source>default language of wordings</source>
        <translation>اللغة الافتراضية للنصوص</translation>
    </message>
    <message>
        <source>a staff name offered in &apos;Recorded by&apos;</source>
        <translation>اسم موظف يُعرض في «سجّله»</translation>
    </message>
    <message>
        <source>record an opt-in</source>
        <translation>سجّل موافقة</translation>
    </message>
    <message>
        <source>a category key, marketing or all; repeat for more</source>
        <translation>مفتاح نوع رسائل، أو marketing، أو all؛ كرّره لأكثر من واحد</translation>
    </message>
    <message>
        <source>how the person agreed</source>
        <translation>كيف وافق الشخص</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>اسم الشخص</translation>
    </message>
    <message>
        <source>ISO date or date-time (default: now); a date alone is that day</source>
        <translation>تاريخ أو تاريخ ووقت بصيغة ISO (الافتراضي: الآن)؛ التاريخ وحده يعني ذلك اليوم</translation>
    </message>
    <message>
        <source>serial of the signed paper form (a paper_form opt-in needs it)</source>
        <translation>الرقم التسلسلي للاستمارة الورقية الموقّعة (يحتاج إليه الاشتراك بطريقة paper_form)</translation>
    </message>
    <message>
        <source>the form was printed elsewhere: keep its serial as typed, with a note</source>
        <translation>طُبعت الاستمارة في مكان آخر: احفظ رقمها التسلسلي كما كُتب، مع ملاحظة</translation>
    </message>
    <message>
        <source>scan of the signed form</source>
        <translation>مسح ضوئي للاستمارة الموقّعة</translation>
    </message>
    <message>
        <source>a note kept with the record</source>
        <translation>ملاحظة تُحفظ مع القيد</translation>
    </message>
    <message>
        <source>language of the wording shown</source>
        <translation>لغة النص المعروض</translation>
    </message>
    <message>
        <source>record though the clock is behind the last record (the clock was checked)</source>
        <translation>سجّل رغم أن الساعة متأخرة عن آخر قيد (تم التحقق من الساعة)</translation>
    </message>
    <message>
        <source>the number was erased on request: this is the person&apos;s own new consent</source>
        <translation>مُحي الرقم بناءً على طلب: هذه موافقة جديدة من الشخص نفسه</translation>
    </message>
    <message>
        <source>record an opt-out; prints the confirmation</source>
        <translation>سجّل إلغاء اشتراك؛ ويطبع التأكيد</translation>
    </message>
    <message>
        <source>what stops: one category, all marketing, or everything</source>
        <translation>ما الذي يتوقف: نوع رسائل واحد، أو كل الرسائل التسويقية، أو كل شيء</translation>
    </message>
    <message>
        <source>how the opt-out came</source>
        <translation>كيف وصل إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation>كلمات العميل نفسه</translation>
    </message>
    <message>
        <source>why, if the person said</source>
        <translation>السبب، إن ذكره الشخص</translation>
    </message>
    <message>
        <source>language of the confirmation</source>
        <translation>لغة التأكيد</translation>
    </message>
    <message>
        <source>when the confirmation went out (else: pending)</source>
        <translation>متى أُرسل التأكيد (وإلا: معلّق)</translation>
    </message>
    <message>
        <source>void a mistaken event, with a reason</source>
        <translation>ألغِ سجلًا خاطئًا، مع ذكر السبب</translation>
    </message>
    <message>
        <source>the number of the event, as history shows it</source>
        <translation>رقم السجل كما يعرضه history</translation>
    </message>
    <message>
        <source>why the event was a mistake (kept)</source>
        <translation>لماذا كان السجل خطأً (يُحفظ)</translation>
    </message>
    <message>
        <source>current consent of a number</source>
        <translation>الموافقة الحالية لرقم</translation>
    </message>
    <message>
        <source>every event of a number, oldest first</source>
        <translation>كل سجلات رقم، من الأقدم إلى الأحدث</translation>
    </message>
    <message>
        <source>recompute the ledger&apos;s hash chain</source>
        <translation>أعد حساب سلسلة التجزئة في دفتر السجلات</translation>
    </message>
    <message>
        <source>an earlier head that must be in the chain</source>
        <translation>بصمة سابقة يجب أن تكون في السلسلة</translation>
    </message>
    <message>
        <source>a checkpoint file, or a folder (a backup stick) searched for them: each must be in the ledger</source>
        <translation>ملف نقطة تحقّق، أو مجلد (ذاكرة نسخ احتياطي) يُبحث فيه عنها: يجب أن تكون كل واحدة في دفتر السجلات</translation>
    </message>
    <message>
        <source>every finding, as JSON</source>
        <translation>كل نتيجة، بصيغة JSON</translation>
    </message>
    <message>
        <source>every event to a CSV file</source>
        <translation>كل السجلات إلى ملف CSV</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>ملف CSV المراد كتابته</translation>
    </message>
    <message>
        <source>check a recipient list before a broadcast</source>
        <translation>افحص قائمة المستلمين قبل رسالة جماعية</translation>
    </message>
    <message>
        <source>CSV, text, .xlsx or .vcf; - reads stdin</source>
        <translation>CSV أو نص أو ‎.xlsx أو ‎.vcf؛ والرمز - يقرأ الإدخال القياسي</translation>
    </message>
    <message>
        <source>the kind of message to be sent</source>
        <translation>نوع الرسائل المراد إرسالها</translation>
    </message>
    <message>
        <source>the column holding the numbers</source>
        <translation>العمود الذي يحوي الأرقام</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation>ورقة من مصنف Excel</translation>
    </message>
    <message>
        <source>every row with its verdict</source>
        <translation>كل صف مع حكمه</translation>
    </message>
    <message>
        <source>the rows that may be sent to</source>
        <translation>الصفوف التي يجوز الإرسال إليها</translation>
    </message>
    <message>
        <source>record send rows as messaged</source>
        <translation>سجّل صفوف «send» على أنها أُرسلت إليها</translation>
    </message>
    <message>
        <source>with --record-sent: when it went out (default: now)</source>
        <translation>مع --record-sent: متى أُرسلت (الافتراضي: الآن)</translation>
    </message>
    <message>
        <source>copy the records to a file or folder</source>
        <translation>انسخ السجلات إلى ملف أو مجلد</translation>
    </message>
    <message>
        <source>a file, or a folder (a USB stick)</source>
        <translation>ملف، أو مجلد (ذاكرة USB)</translation>
    </message>
    <message>
        <source>replace the records with a backup</source>
        <translation>استبدل السجلات بنسخة احتياطية</translation>
    </message>
    <message>
        <source>the backup file to restore from</source>
        <translation>ملف النسخة الاحتياطية المراد الاستعادة منه</translation>
    </message>
    <message>
        <source>only list what would be lost and re-applied</source>
        <translation>اكتفِ بسرد ما سيُفقد وما سيُعاد تطبيقه</translation>
    </message>
    <message>
        <source>replace the records even with a backup that is not a copy of them (owner PIN)</source>
        <translation>استبدل السجلات حتى بنسخة احتياطية ليست نسخة منها (رمز PIN للمالك)</translation>
    </message>
    <message>
        <source>on a server: disconnect other computers&apos; open connections to swap the restore in</source>
        <translation>على خادم: اقطع الاتصالات المفتوحة من الحواسيب الأخرى لوضع النسخة المستعادة مكانها</translation>
    </message>
    <message>
        <source>set, change (with --pin) or remove (&apos;&apos;) the owner PIN</source>
        <translation>اضبط رمز PIN للمالك، أو غيّره (مع --pin)، أو أزله (&apos;&apos;)</translation>
    </message>
    <message>
        <source>the new PIN, or &apos;&apos; to remove it</source>
        <translation>رمز PIN الجديد، أو &apos;&apos; لإزالته</translation>
    </message>
    <message>
        <source>everyone opted out of something, to a CSV file</source>
        <translation>كل من ألغى اشتراكه في شيء ما، إلى ملف CSV</translation>
    </message>
    <message>
        <source>print serialised consent forms to a PDF</source>
        <translation>اطبع استمارات موافقة مرقّمة تسلسليًا في ملف PDF</translation>
    </message>
    <message>
        <source>how many forms</source>
        <translation>عدد الاستمارات</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>en, es, pt, fr, de, id, hi or ar</source>
        <translation>en أو es أو pt أو fr أو de أو id أو hi أو ar</translation>
    </message>
    <message>
        <source>default: from the country</source>
        <translation>الافتراضي: حسب البلد</translation>
    </message>
    <message>
        <source>pre-filled, one form</source>
        <translation>استمارة واحدة معبّأة مسبقًا</translation>
    </message>
    <message>
        <source>list printed batches instead</source>
        <translation>اعرض الدفعات المطبوعة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>proof of consent for a number (PDF or JSON)</source>
        <translation>إثبات الموافقة لرقم (PDF أو JSON)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .json</source>
        <translation>الملف المراد كتابته: ‎.pdf أو ‎.json</translation>
    </message>
    <message>
        <source>read a batch of customer replies; --apply records the clear opt-outs</source>
        <translation>اقرأ دفعة من ردود العملاء؛ و--apply يسجّل حالات إلغاء الاشتراك الواضحة</translation>
    </message>
    <message>
        <source>CSV, text or .xlsx: number and message</source>
        <translation>CSV أو نص أو ‎.xlsx: الرقم والرسالة</translation>
    </message>
    <message>
        <source>record the clear opt-outs</source>
        <translation>سجّل حالات إلغاء الاشتراك الواضحة</translation>
    </message>
    <message>
        <source>consent records from another tool (a dry run unless --apply)</source>
        <translation>سجلات موافقة من أداة أخرى (تجربة فقط ما لم يُعطَ --apply)</translation>
    </message>
    <message>
        <source>CSV or .xlsx: number, scope, action, date</source>
        <translation>CSV أو ‎.xlsx: الرقم، النطاق، الإجراء، التاريخ</translation>
    </message>
    <message>
        <source>record the rows to add</source>
        <translation>سجّل الصفوف المراد إضافتها</translation>
    </message>
    <message>
        <source>with --apply: record the valid rows only</source>
        <translation>مع --apply: سجّل الصفوف الصالحة فقط</translation>
    </message>
    <message>
        <source>read a delivery report (a dry run unless --apply)</source>
        <translation>اقرأ تقرير تسليم (تجربة فقط ما لم يُعطَ --apply)</translation>
    </message>
    <message>
        <source>CSV, .xlsx or webhook JSON lines</source>
        <translation>CSV أو ‎.xlsx أو أسطر JSON من webhook</translation>
    </message>
    <message>
        <source>keep it and act on its errors</source>
        <translation>احفظه وتصرّف بناءً على أخطائه</translation>
    </message>
    <message>
        <source>fill the database with realistic demo records</source>
        <translation>املأ قاعدة البيانات بسجلات تجريبية واقعية</translation>
    </message>
    <message>
        <source>how many people (default 500)</source>
        <translation>عدد الأشخاص (الافتراضي 500)</translation>
    </message>
    <message>
        <source>copy the records into an empty PostgreSQL db</source>
        <translation>انسخ السجلات إلى قاعدة بيانات PostgreSQL فارغة</translation>
    </message>
    <message>
        <source>render every page of the window to PNG</source>
        <translation>ارسم كل صفحة من النافذة كصورة PNG</translation>
    </message>
    <message>
        <source>the folder for the pictures</source>
        <translation>مجلد الصور</translation>
    </message>
    <message>
        <source>the window&apos;s language, e.g. es or ar</source>
        <translation>لغة النافذة، مثلًا es أو ar</translation>
    </message>
    <message>
        <source>the quality log, what came of each broadcast, and warnings</source>
        <translation>سجل الجودة، ونتيجة كل رسالة جماعية، والتحذيرات</translation>
    </message>
    <message>
        <source>messaging limit shown</source>
        <translation>حدّ المراسلة المعروض</translation>
    </message>
    <message>
        <source>the day it was read (today)</source>
        <translation>يوم قراءته (اليوم)</translation>
    </message>
    <message>
        <source>a one-page PDF report for the owner</source>
        <translation>تقرير PDF من صفحة واحدة للمالك</translation>
    </message>
    <message>
        <source>carry the records key (kept outside the database) to another computer</source>
        <translation>انقل مفتاح السجلات (المحفوظ خارج قاعدة البيانات) إلى حاسوب آخر</translation>
    </message>
    <message>
        <source>write this computer&apos;s key to FILE</source>
        <translation>اكتب مفتاح هذا الحاسوب في FILE</translation>
    </message>
    <message>
        <source>keep the key read from FILE</source>
        <translation>احفظ المفتاح المقروء من FILE</translation>
    </message>
    <message>
        <source>the checks kept; with a number, that check&apos;s rows written out again</source>
        <translation>الفحوص المحفوظة؛ ومع رقم، تُكتب صفوف ذلك الفحص من جديد</translation>
    </message>
    <message>
        <source>the number of a kept check</source>
        <translation>رقم فحص محفوظ</translation>
    </message>
    <message>
        <source>every row with its verdict, as it was judged</source>
        <translation>كل صف بنتيجته، كما حُكم عليه</translation>
    </message>
    <message>
        <source>the rows that were found fit to be sent to</source>
        <translation>الصفوف التي كان يجوز الإرسال إليها</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>paper form</source>
        <translation>استمارة ورقية</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>phone menu (IVR)</source>
        <translation>قائمة هاتفية (IVR)</translation>
    </message>
    <message>
        <source>website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>in a WhatsApp chat</source>
        <translation>في محادثة واتساب</translation>
    </message>
    <message>
        <source>at the till</source>
        <translation>عند الصندوق</translation>
    </message>
    <message>
        <source>sign-up form</source>
        <translation>استمارة تسجيل</translation>
    </message>
    <message>
        <source>click-to-WhatsApp ad</source>
        <translation>إعلان النقر إلى واتساب</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>رد على واتساب</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>رسالة بريدية</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>زر الإيقاف في واتساب</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
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
        <source>opt-in</source>
        <translation>اشتراك</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>إلغاء اشتراك</translation>
    </message>
    <message>
        <source>void</source>
        <translation>إبطال</translation>
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
        <source>all marketing messages</source>
        <translation>كل الرسائل التسويقية</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>بلا موافقة</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>ألغى الاشتراك</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>رقم غير صالح</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation>مبكر جدًا مرة أخرى</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>سُلّمت</translation>
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
        <source>connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>عليه تنبيه</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>مقيّد</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>أُرسلت: %n</numerusform>
            <numerusform>أُرسلت: %n</numerusform>
            <numerusform>أُرسلت: %n</numerusform>
            <numerusform>أُرسلت: %n</numerusform>
            <numerusform>أُرسلت: %n</numerusform>
            <numerusform>أُرسلت: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>سُلّمت: %n</numerusform>
            <numerusform>سُلّمت: %n</numerusform>
            <numerusform>سُلّمت: %n</numerusform>
            <numerusform>سُلّمت: %n</numerusform>
            <numerusform>سُلّمت: %n</numerusform>
            <numerusform>سُلّمت: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>قُرئت: %n</numerusform>
            <numerusform>قُرئت: %n</numerusform>
            <numerusform>قُرئت: %n</numerusform>
            <numerusform>قُرئت: %n</numerusform>
            <numerusform>قُرئت: %n</numerusform>
            <numerusform>قُرئت: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>فشلت: %n</numerusform>
            <numerusform>فشلت: %n</numerusform>
            <numerusform>فشلت: %n</numerusform>
            <numerusform>فشلت: %n</numerusform>
            <numerusform>فشلت: %n</numerusform>
            <numerusform>فشلت: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the details of an entry</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>to add</source>
        <translation>للإضافة</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>مسجّل من قبل</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>غير صالح</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>opt-in request (staff confirm in the app)</source>
        <translation>طلب اشتراك (يؤكده الموظفون في البرنامج)</translation>
    </message>
    <message>
        <source>a person decides</source>
        <translation>يقرّره شخص</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>لا شيء للتسجيل</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{problem} (--clock-checked)</source>
        <translation>{problem} (--clock-checked)</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form with --serial (a form printed elsewhere: the number it carries, with --other-print-run)</source>
        <translation>الاشتراك باستمارة ورقية يذكر استمارته: أعطِ الرقم التسلسلي المطبوع أعلى الاستمارة مع --serial (استمارة طُبعت في مكان آخر: الرقم الذي تحمله، مع --other-print-run)</translation>
    </message>
    <message>
        <source>--sent-at goes with --record-sent</source>
        <translation>الخيار --sent-at يُستخدم مع --record-sent</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>تتعذّر قراءة {file}: {problem}</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not consent records</source>
        <translation>{name} يحتوي بطاقات جهات اتصال، لا سجلات موافقة</translation>
    </message>
    <message>
        <source>--contacts must be between 1 and 1000000</source>
        <translation>يجب أن يكون --contacts بين 1 و1000000</translation>
    </message>
    <message>
        <source>demo needs --db: demo records go into a database of their own, never the default one</source>
        <translation>الأمر demo يحتاج إلى --db: البيانات التجريبية توضع في قاعدة بيانات خاصة بها، لا في القاعدة الافتراضية أبدًا</translation>
    </message>
    <message>
        <source>cannot create {folder}: {problem}</source>
        <translation>يتعذّر إنشاء {folder}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>these records hold %n (person who is not a demo record|people who are not demo records): demo data goes into a database of its own (--db demo.sqlite3)</source>
        <translation>
            <numerusform>تضم هذه البيانات أشخاصًا ليسوا من البيانات التجريبية (%n): البيانات التجريبية توضع في قاعدة بيانات خاصة بها (--db demo.sqlite3)</numerusform>
            <numerusform>تضم هذه البيانات أشخاصًا ليسوا من البيانات التجريبية (%n): البيانات التجريبية توضع في قاعدة بيانات خاصة بها (--db demo.sqlite3)</numerusform>
            <numerusform>تضم هذه البيانات أشخاصًا ليسوا من البيانات التجريبية (%n): البيانات التجريبية توضع في قاعدة بيانات خاصة بها (--db demo.sqlite3)</numerusform>
            <numerusform>تضم هذه البيانات أشخاصًا ليسوا من البيانات التجريبية (%n): البيانات التجريبية توضع في قاعدة بيانات خاصة بها (--db demo.sqlite3)</numerusform>
            <numerusform>تضم هذه البيانات أشخاصًا ليسوا من البيانات التجريبية (%n): البيانات التجريبية توضع في قاعدة بيانات خاصة بها (--db demo.sqlite3)</numerusform>
            <numerusform>تضم هذه البيانات أشخاصًا ليسوا من البيانات التجريبية (%n): البيانات التجريبية توضع في قاعدة بيانات خاصة بها (--db demo.sqlite3)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the category by its key</source>
        <translation>سمِّ نوع الرسائل بمفتاحه</translation>
    </message>
    <message>
        <source>say where to write the forms: --out FILE.pdf</source>
        <translation>حدّد أين تُكتب الاستمارات: --out FILE.pdf</translation>
    </message>
    <message>
        <source>the forms are a PDF: name the file FILE.pdf</source>
        <translation>الاستمارات ملف PDF: سمِّ الملف FILE.pdf</translation>
    </message>
    <message>
        <source>move-to moves a shop&apos;s SQLite file: give it with --db FILE</source>
        <translation>الأمر move-to ينقل ملف SQLite الخاص بالمتجر: حدّده بـ --db FILE</translation>
    </message>
    <message>
        <source>--out {out!r}: the report is a PDF; name it FILE.pdf</source>
        <translation>--out {out!r}: التقرير ملف PDF؛ سمِّه FILE.pdf</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>المجلد {parent} غير موجود</translation>
    </message>
    <message>
        <source>quality add needs the sender number and --rating</source>
        <translation>الأمر quality add يحتاج إلى رقم المُرسل و--rating</translation>
    </message>
    <message>
        <source>--on {on!r} is not a date (YYYY-MM-DD)</source>
        <translation>--on {on!r} ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>quality import needs a CSV or .xlsx file</source>
        <translation>الأمر quality import يحتاج إلى ملف CSV أو ‎.xlsx</translation>
    </message>
    <message>
        <source>{name} holds more than {megabytes}: a list can be at most that big; split it into smaller lists</source>
        <translation>حجم {name} أكبر من {megabytes}: لا يمكن أن تكون القائمة أكبر من ذلك؛ قسّمها إلى قوائم أصغر</translation>
    </message>
    <message>
        <source>{name} is not a text list, a spreadsheet or a vCard file (it holds NUL bytes)</source>
        <translation>{name} ليس قائمة نصية ولا جدول بيانات ولا ملف vCard (فيه بايتات NUL)</translation>
    </message>
    <message>
        <source>a line of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>في {name} سطر أطول من {kilobytes} KiB: هذه ليست قائمة أشخاص</translation>
    </message>
    <message>
        <source>line {line} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>في السطر {line} من {name} أكثر من {most} عمودًا: هذه ليست قائمة أشخاص</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: split it into smaller lists</source>
        <translation>في {name} أكثر من {most:,} صف: قسّمها إلى قوائم أصغر</translation>
    </message>
    <message>
        <source>a cell near line {line} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>خلية قرب السطر {line} من {name} أطول من {kilobytes} KiB: هذه ليست قائمة أشخاص</translation>
    </message>
    <message>
        <source>line {line} of {name} cannot be read: {error}</source>
        <translation>تتعذّر قراءة السطر {line} من {name}: {error}</translation>
    </message>
    <message>
        <source>no column of phone numbers was found: name it with --column (the columns are: {headers})</source>
        <translation>لم يُعثر على عمود لأرقام الهواتف: حدّده بـ --column (الأعمدة هي: {headers})</translation>
    </message>
    <message>
        <source>there is no column {column!r}; the columns are: {known}</source>
        <translation>لا يوجد عمود {column!r}؛ الأعمدة هي: {known}</translation>
    </message>
    <message>
        <source>there is no column {name_column!r}</source>
        <translation>لا يوجد عمود {name_column!r}</translation>
    </message>
    <message>
        <source>{source} has no status column (sent, delivered, read, failed); the columns are: {columns}</source>
        <translation>لا يوجد في {source} عمود للحالة (sent، delivered، read، failed)؛ الأعمدة هي: {columns}</translation>
    </message>
    <message>
        <source>dates read day first</source>
        <translation>قُرئت التواريخ باليوم أولًا</translation>
    </message>
    <message>
        <source>dates read month first</source>
        <translation>قُرئت التواريخ بالشهر أولًا</translation>
    </message>
    <message>
        <source>status {status!r} is not one of sent, delivered, read, failed</source>
        <translation>الحالة {status!r} ليست أيًّا من: sent، delivered، read، failed</translation>
    </message>
    <message>
        <source>the time {time!r} cannot be read</source>
        <translation>تتعذّر قراءة الوقت {time!r}</translation>
    </message>
    <message>
        <source>no error code column: a failed message&apos;s reason cannot be read, so a person who stopped marketing messages (131050) is not recognised; the columns are: {columns}</source>
        <translation>لا يوجد عمود لرمز الخطأ: لا يمكن قراءة سبب فشل الرسالة، لذا لا يُعرف الشخص الذي أوقف الرسائل التسويقية (131050)؛ الأعمدة هي: {columns}</translation>
    </message>
    <message>
        <source>this line is not JSON</source>
        <translation>هذا السطر ليس JSON</translation>
    </message>
    <message>
        <source>status {status!r} is not known</source>
        <translation>الحالة {status!r} غير معروفة</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB: split it</source>
        <translation>حجم {name} أكبر من {megabytes} MB: قسّمه</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>تتعذّر قراءة {name}: {problem}</translation>
    </message>
    <message>
        <source>webhook JSON lines</source>
        <translation>أسطر JSON من webhook</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not a delivery report</source>
        <translation>{name} يحتوي بطاقات جهات اتصال، لا تقرير تسليم</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>مصنّف Excel</translation>
    </message>
    <message>
        <source>CSV ({encoding})</source>
        <translation>CSV ({encoding})</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>نص CSV</translation>
    </message>
    <message>
        <source>the consent statement with this many kinds of messages does not fit on one page; archive some kinds of messages, or shorten their descriptions</source>
        <translation>نص الموافقة مع هذا العدد من أنواع الرسائل لا يتّسع في صفحة واحدة؛ أرشف بعض أنواع الرسائل أو اختصر أوصافها</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the list file in it</source>
        <translation>{path} مجلد: اختر ملف القائمة داخله</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder</source>
        <translation>{path} غير موجود؛ تحقّق من الاسم والمجلد</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a list can be at most {most} MB: split it into smaller lists</source>
        <translation>حجم {name} هو {megabytes:.0f} MB؛ لا يتجاوز حجم القائمة {most} MB: قسّمها إلى قوائم أصغر</translation>
    </message>
    <message>
        <source>{name} is a zip file (an Excel workbook?): give it as a file, by its name</source>
        <translation>{name} ملف zip (مصنف Excel؟): أعطه كملف، باسمه</translation>
    </message>
    <message>
        <source>no line starts with a phone number: these are not replies; give lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>لا يبدأ أي سطر برقم هاتف: هذه ليست ردودًا؛ أعطِ أسطرًا مثل &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>there are no replies: paste lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>لا توجد ردود: الصق أسطرًا مثل &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not replies</source>
        <translation>{name} يحتوي بطاقات جهات اتصال، لا ردودًا</translation>
    </message>
    <message>
        <source>{name} needs a phone column and a message column</source>
        <translation>{name} يحتاج إلى عمود للهاتف وعمود للرسالة</translation>
    </message>
    <message>
        <source>a vCard line is longer than {kilobytes} KiB: not a contact</source>
        <translation>سطر vCard أطول من {kilobytes} KiB: ليس جهة اتصال</translation>
    </message>
    <message>
        <source>{source} has more than {most:,} numbers: split it</source>
        <translation>في {source} أكثر من {most:,} رقم: قسّمه</translation>
    </message>
    <message>
        <source>{source} holds no vCard (BEGIN:VCARD)</source>
        <translation>لا يحتوي {source} أي بطاقة vCard (BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook: {error}</source>
        <translation>تتعذّر قراءة {name} كمصنف Excel: {error}</translation>
    </message>
    <message>
        <source>{name} has {count:,} parts: it is not an Excel list</source>
        <translation>في {name} {count:,} جزء: ليس قائمة Excel</translation>
    </message>
    <message>
        <source>{name} would unpack to {megabytes:,} MB or more ({filename}: {part_megabytes:,} MB, {ratio:.0f} times its packed size), more than any list of people needs: it may be a zip bomb</source>
        <translation>سيصبح حجم {name} بعد فك الضغط {megabytes:,} MB أو أكثر ({filename}: {part_megabytes:,} MB، أي {ratio:.0f} ضعف حجمه المضغوط)، وهذا أكثر مما تحتاجه أي قائمة أشخاص: قد يكون قنبلة zip</translation>
    </message>
    <message>
        <source>there is no sheet {sheet!r}; the sheets are: {sheets}</source>
        <translation>لا توجد ورقة {sheet!r}؛ الأوراق هي: {sheets}</translation>
    </message>
    <message>
        <source>{name} holds formulas whose values were never saved (the program that wrote it does not calculate them): open it in Excel or LibreOffice, save it, and try again</source>
        <translation>يحتوي {name} على صيغ لم تُحفظ قيمها قط (البرنامج الذي كتبه لا يحسبها): افتحه في Excel أو LibreOffice واحفظه ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>a row of the sheet has more cells than Excel allows</source>
        <translation>في صف من الورقة خلايا أكثر مما يسمح به Excel</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: not an Excel list</source>
        <translation>في {name} أكثر من {most:,} صف: ليس قائمة Excel</translation>
    </message>
    <message>
        <source>row {number} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>في الصف {number} من {name} أكثر من {most} عمودًا: هذه ليست قائمة أشخاص</translation>
    </message>
    <message>
        <source>a cell in row {number} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>خلية في الصف {number} من {name} أطول من {kilobytes} KiB: هذه ليست قائمة أشخاص</translation>
    </message>
    <message>
        <source>event payload lacks {missing}</source>
        <translation>ينقص محتوى السجل: {missing}</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form (a form printed elsewhere: the number it carries, marked as from another print run)</source>
        <translation>الاشتراك باستمارة ورقية يذكر استمارته: أعطِ الرقم التسلسلي المطبوع أعلى الاستمارة (استمارة طُبعت في مكان آخر: الرقم الذي تحمله، مع الإشارة إلى أنها من طباعة أخرى)</translation>
    </message>
    <message>
        <source>category {spec!r} must be written KEY=LABEL:KIND, e.g. offers=Offers:marketing</source>
        <translation>نوع الرسائل {spec!r} يُكتب KEY=LABEL:KIND، مثلًا offers=Offers:marketing</translation>
    </message>
    <message>
        <source>category kind {kind!r} must be &apos;service&apos; or &apos;marketing&apos;</source>
        <translation>النوع {kind!r} يجب أن يكون &apos;service&apos; أو &apos;marketing&apos;</translation>
    </message>
    <message>
        <source>unknown scope {scope!r}: use one of {known}</source>
        <translation>نوع رسائل غير معروف {scope!r}: استخدم واحدًا من {known}</translation>
    </message>
    <message>
        <source>unknown country code {region!r}: use two letters such as GB, ES, IN</source>
        <translation>رمز بلد غير معروف {region!r}: استخدم حرفين مثل GB وES وIN</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>لا يوجد رقم</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>ليس رقم هاتف</translation>
    </message>
    <message>
        <source>a spreadsheet turned this number into a rounded one (like 6.44E+08) and its last digits are lost: make the column text in the spreadsheet and type or export the numbers again</source>
        <translation>حوّل جدول بيانات هذا الرقم إلى رقم مقرَّب (مثل 6.44E+08) وضاعت أرقامه الأخيرة: اجعل العمود نصًا في جدول البيانات ثم اكتب الأرقام أو صدّرها من جديد</translation>
    </message>
    <message>
        <source>too long for {country}</source>
        <translation>أطول من أن يكون رقمًا من {country}</translation>
    </message>
    <message>
        <source>local number without area code for {country}</source>
        <translation>رقم محلي بلا رمز المنطقة في {country}</translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation>ليس رقمًا صالحًا في {country}</translation>
    </message>
    <message>
        <source>too short for {country}</source>
        <translation>أقصر من أن يكون رقمًا من {country}</translation>
    </message>
    <message>
        <source>unknown country code +{code}</source>
        <translation>رمز دولة غير معروف ‎+{code}</translation>
    </message>
    <message>
        <source>too short for a phone number</source>
        <translation>أقصر من أن يكون رقم هاتف</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>أطول من أن يكون رقم هاتف</translation>
    </message>
    <message>
        <source>a serial number must fit in eight base32 symbols</source>
        <translation>يجب أن يتّسع الرقم التسلسلي في ثمانية رموز base32</translation>
    </message>
    <message>
        <source>no date given: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>لم يُعطَ تاريخ: اكتبه مثل 2026-10-03 أو 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>{text!r} ليس تاريخًا: اكتبه مثل 2026-10-03 أو 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is in the future; consent cannot be dated ahead</source>
        <translation>{text!r} في المستقبل؛ لا يمكن تأريخ الموافقة بتاريخ لاحق</translation>
    </message>
    <message>
        <source>the date is in the future; consent cannot be dated ahead</source>
        <translation>التاريخ في المستقبل؛ لا يمكن تأريخ الموافقة بتاريخ لاحق</translation>
    </message>
    <message>
        <source>the template has an unknown or broken placeholder: {error}</source>
        <translation>في القالب عنصر نائب غير معروف أو معطوب: {error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file: choose the file in it</source>
        <translation>{path} مجلد، لا ملف نسخة احتياطية: اختر الملف داخله</translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe or a device?): give the backup file</source>
        <translation>{path} ليس ملفًا (أنبوب أو جهاز؟): أعطِ ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>{name} is damaged or not an OptIn Desk backup ({reason})</source>
        <translation>{name} تالف أو ليس نسخة احتياطية من OptIn Desk ({reason})</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} غير موجود</translation>
    </message>
    <message>
        <source>{name} is not an OptIn Desk database (not even SQLite)</source>
        <translation>{name} ليس قاعدة بيانات OptIn Desk (ولا حتى SQLite)</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an OptIn Desk database</source>
        <translation>{name} ملف SQLite لكنه ليس قاعدة بيانات OptIn Desk</translation>
    </message>
    <message>
        <source>{name} cannot be read as a database: {error}</source>
        <translation>تتعذّر قراءة {name} كقاعدة بيانات: {error}</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {problem})</source>
        <translation>{name} تالف (فحص السلامة: {problem})</translation>
    </message>
    <message>
        <source>{name} could not be read by this version: {error}</source>
        <translation>تعذّر على هذا الإصدار قراءة {name}: {error}</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}</source>
        <translation>لا يجتاز {name} فحص دفتر السجلات عند السجل {broken_event_id}: {problem}</translation>
    </message>
    <message>
        <source>this database is on a server: back it up with the server&apos;s own tools (pg_dump)</source>
        <translation>قاعدة البيانات هذه على خادم: انسخها احتياطيًا بأدوات الخادم نفسه (pg_dump)</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; plug in the stick or create it</source>
        <translation>المجلد {parent} غير موجود؛ أدخل ذاكرة USB أو أنشئه</translation>
    </message>
    <message>
        <source>the backup could not be made ({reason}); nothing was kept</source>
        <translation>تعذّر عمل النسخة الاحتياطية ({reason})؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>a backup cannot overwrite the records it copies</source>
        <translation>لا يمكن للنسخة الاحتياطية أن تكتب فوق البيانات التي تنسخها</translation>
    </message>
    <message>
        <source>the backup could not be written to {target}: {error}</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في {target}: {error}</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; first</source>
        <translation>لا يوجد ملف تعريف للمتجر بعد: شغّل &apos;optin-desk init&apos; أولًا</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 3650</source>
        <translation>يجب أن يكون {setting} بين 1 و3650</translation>
    </message>
    <message>
        <source>unknown category {key!r}: check against one of {active}</source>
        <translation>نوع رسائل غير معروف {key!r}: قارنه بأحد {active}</translation>
    </message>
    <message>
        <source>there is no check {check_id}</source>
        <translation>لا يوجد فحص رقم {check_id}</translation>
    </message>
    <message>
        <source>check {check_id} was already recorded as sent on {day}</source>
        <translation>الفحص {check_id} سُجّل كمُرسل من قبل في {day}</translation>
    </message>
    <message>
        <source>the sending time is in the future</source>
        <translation>وقت الإرسال في المستقبل</translation>
    </message>
    <message>
        <source>the rows kept with check {check_id} cannot be read: they were changed outside OptIn Desk or damaged (run verify)</source>
        <translation>لا يمكن قراءة الصفوف المحفوظة مع الفحص {check_id}: عُدِّلت خارج OptIn Desk أو تلفت (شغّل verify)</translation>
    </message>
    <message>
        <source>could not write {path}: {problem}</source>
        <translation>تعذّرت كتابة {path}: {problem}</translation>
    </message>
    <message>
        <source>the folder of {target} does not exist</source>
        <translation>مجلد {target} غير موجود</translation>
    </message>
    <message>
        <source>these records cannot be written: the sends cannot be recorded</source>
        <translation>لا يمكن الكتابة في هذه البيانات: لا يمكن تسجيل الإرسال</translation>
    </message>
    <message>
        <source>unknown {what} method {value!r}: use one of {names}</source>
        <translation>طريقة {what} غير معروفة {value!r}: استخدم إحدى {names}</translation>
    </message>
    <message>
        <source>the {what} holds a NUL character (\0), which cannot be stored</source>
        <translation>{what} يحتوي محرف NUL (\0)، ولا يمكن حفظه</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters; shorten it</source>
        <translation>{what} أطول من {limit} محرفًا؛ اختصره</translation>
    </message>
    <message>
        <source>the computer&apos;s clock says {now}, but the last record was made at {last}</source>
        <translation>ساعة الحاسوب تشير إلى {now}، لكن آخر سجل أُنشئ في {last}</translation>
    </message>
    <message>
        <source>choose at least one category (scope) the person agreed to</source>
        <translation>اختر نوع رسائل واحدًا على الأقل وافق عليه الشخص</translation>
    </message>
    <message>
        <source>{behind}: set the clock right; if it is right, an earlier record was made with a wrong clock: confirm the clock to record</source>
        <translation>{behind}: اضبط الساعة؛ إن كانت صحيحة فقد أُنشئ سجل سابق بساعة خاطئة: أكّد الساعة للتسجيل</translation>
    </message>
    <message>
        <source>{behind}; recorded as confirmed</source>
        <translation>{behind}؛ سُجّل على أنه مؤكَّد</translation>
    </message>
    <message>
        <source>this lifts the erasure on request of {day}</source>
        <translation>هذا يرفع الحذف المطلوب في {day}</translation>
    </message>
    <message>
        <source>they stay opted out of {kinds}: an opt-out given after this consent, or recorded after it, holds</source>
        <translation>يبقى الاشتراك ملغى في {kinds}: إلغاء الاشتراك الذي أُعطي بعد هذه الموافقة، أو سُجّل بعدها، يبقى ساريًا</translation>
    </message>
    <message>
        <source>the confirmation template is broken: {error}</source>
        <translation>قالب التأكيد معطوب: {error}</translation>
    </message>
    <message>
        <source>they were already opted out of this: recorded again, nothing changed</source>
        <translation>كان الاشتراك ملغى في هذا من قبل: سُجّل مرة أخرى، ولم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{behind}: the opt-out holds all the same; set the clock right</source>
        <translation>{behind}: يبقى إلغاء الاشتراك ساريًا مع ذلك؛ اضبط الساعة</translation>
    </message>
    <message>
        <source>{written!r} is not a usable WhatsApp number: {reason}</source>
        <translation>{written!r} ليس رقم واتساب صالحًا للاستخدام: {reason}</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters; shorten it</source>
        <translation>الاسم أطول من {most} محرفًا؛ اختصره</translation>
    </message>
    <message>
        <source>cannot read {name}: {problem}</source>
        <translation>تتعذّر قراءة {name}: {problem}</translation>
    </message>
    <message>
        <source>check {check} ({file}), sent {day}</source>
        <translation>الفحص {check} ({file})، أُرسل في {day}</translation>
    </message>
    <message>
        <source>no recorded send</source>
        <translation>لا يوجد إرسال مسجّل</translation>
    </message>
    <message>
        <source>already opted out of marketing</source>
        <translation>ألغى اشتراكه في التسويق من قبل</translation>
    </message>
    <message>
        <source>opt out of marketing (WhatsApp&apos;s stop button)</source>
        <translation>إلغاء الاشتراك في الرسائل التسويقية (زر الإيقاف في واتساب)</translation>
    </message>
    <message>
        <source>the list check will warn about this number</source>
        <translation>سينبّه فحص القوائم إلى هذا الرقم</translation>
    </message>
    <message>
        <source>counts toward the marketing cap</source>
        <translation>يُحتسب ضمن حد التسويق</translation>
    </message>
    <message>
        <source>{source} was read before the records were keyed: read it again</source>
        <translation>قُرئ {source} قبل أن تُعطى البيانات مفتاحًا: اقرأه مرة أخرى</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: a consent dated {day_text}, before the erasure, cannot bring the person back</source>
        <translation>حُذف هذا الرقم بطلب في {day}: موافقة بتاريخ {day_text}، قبل الحذف، لا يمكن أن تعيد الشخص</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: only the person&apos;s own new consent (in person, on paper or in their own message: {allowed}) can lift that, not {value}</source>
        <translation>حُذف هذا الرقم بطلب في {day}: لا يرفع ذلك إلا موافقة جديدة من الشخص نفسه (حضوريًا أو على الورق أو في رسالته هو: {allowed})، لا {value}</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: record a new opt-in only with the person&apos;s own new consent, and confirm that it lifts the erasure (--lift-erasure)</source>
        <translation>حُذف هذا الرقم بطلب في {day}: سجّل اشتراكًا جديدًا فقط بموافقة جديدة من الشخص نفسه، وأكّد أنها ترفع الحذف (--lift-erasure)</translation>
    </message>
    <message>
        <source>{written!r} is not on file; there is nothing to erase</source>
        <translation>{written!r} غير موجود في القائمة؛ لا شيء للحذف</translation>
    </message>
    <message>
        <source>the form could not be laid out from the current wording; try again</source>
        <translation>تعذّر تنسيق الاستمارة من النص الحالي؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>print between 1 and {most} forms at a time</source>
        <translation>اطبع بين 1 و{most} استمارة في كل مرة</translation>
    </message>
    <message>
        <source>{for_phone} is not on file: a blank form will do</source>
        <translation>{for_phone} غير موجود في القائمة: تكفي استمارة فارغة</translation>
    </message>
    <message>
        <source>no forms in language {language!r}: use one of {known}</source>
        <translation>لا توجد استمارات باللغة {language!r}: استخدم إحدى {known}</translation>
    </message>
    <message>
        <source>paper {paper!r} is not known: use a4 or letter</source>
        <translation>الورق {paper!r} غير معروف: استخدم a4 أو letter</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; choose another place</source>
        <translation>المجلد {parent} غير موجود؛ اختر مكانًا آخر</translation>
    </message>
    <message>
        <source>could not write {target}: {problem}</source>
        <translation>تعذّرت كتابة {target}: {problem}</translation>
    </message>
    <message>
        <source>{kind} is not one of them</source>
        <translation>{kind} ليس واحدًا منها</translation>
    </message>
    <message>
        <source>cannot use {where}: OptIn Desk keeps its records in a SQLite file or on PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, with &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</source>
        <translation>لا يمكن استخدام {where}: يحفظ OptIn Desk بياناته في ملف SQLite أو على PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE، مع &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</translation>
    </message>
    <message>
        <source>the database server refused the user name or password in the URL: check --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>رفض خادم قاعدة البيانات اسم المستخدم أو كلمة المرور في العنوان: تحقّق من --db أو OPTIN_DESK_DB (لم يُسجّل شيء)</translation>
    </message>
    <message>
        <source>the database server has no database (or user) of that name: check the URL in --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>لا توجد على خادم قاعدة البيانات قاعدة (أو مستخدم) بهذا الاسم: تحقّق من العنوان في --db أو OPTIN_DESK_DB (لم يُسجّل شيء)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost in the middle; the server keeps a save whole or not at all: check the network, then try again</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات في المنتصف؛ يحفظ الخادم كل شيء أو لا شيء: تحقّق من الشبكة، ثم حاول مرة أخرى</translation>
    </message>
    <message>
        <source>cannot reach the database server: check that it is running and that this computer is on its network, then try again (nothing was recorded)</source>
        <translation>يتعذّر الوصول إلى خادم قاعدة البيانات: تحقّق من أنه يعمل وأن هذا الحاسوب على شبكته، ثم حاول مرة أخرى (لم يُسجّل شيء)</translation>
    </message>
    <message>
        <source>the database role in the URL may not do that ({detail}): setting up or upgrading the tables (init, a new version&apos;s first start, move-to) and restore are for the records&apos; owner role; nothing was recorded</source>
        <translation>دور قاعدة البيانات في الرابط لا يُسمح له بذلك ({detail}): إعداد الجداول أو ترقيتها (init، أول تشغيل لإصدار جديد، move-to) والاستعادة من مهام دور مالك البيانات؛ لم يُسجّل شيء</translation>
    </message>
    <message>
        <source>restoring the records from a backup; try again in a moment (nothing written)</source>
        <translation>تجري استعادة البيانات من نسخة احتياطية؛ حاول مرة أخرى بعد قليل (لم يُكتب شيء)</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation>قاعدة البيانات مشغولة ببرنامج آخر؛ حاول مرة أخرى بعد قليل</translation>
    </message>
    <message>
        <source>the disk is full: free some space, then try again (nothing was recorded)</source>
        <translation>القرص ممتلئ: حرّر بعض المساحة، ثم حاول مرة أخرى (لم يُسجّل شيء)</translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only); nothing was recorded</source>
        <translation>لا يمكن الكتابة في {where} (للقراءة فقط)؛ لم يُسجّل شيء</translation>
    </message>
    <message>
        <source>cannot open the database {where}: check the folder exists and is writable</source>
        <translation>تتعذّر فتح قاعدة البيانات {where}: تحقّق من وجود المجلد وإمكانية الكتابة فيه</translation>
    </message>
    <message>
        <source>{where} is not an OptIn Desk database</source>
        <translation>{where} ليس قاعدة بيانات OptIn Desk</translation>
    </message>
    <message>
        <source>database error: {detail}</source>
        <translation>خطأ في قاعدة البيانات: {detail}</translation>
    </message>
    <message>
        <source>the records file cannot be written (read-only); nothing was recorded</source>
        <translation>لا يمكن الكتابة في ملف البيانات (للقراءة فقط)؛ لم يُسجّل شيء</translation>
    </message>
    <message>
        <source>cannot open the database: check the folder exists and is writable</source>
        <translation>يتعذّر فتح قاعدة البيانات: تحقّق من وجود المجلد وإمكانية الكتابة فيه</translation>
    </message>
    <message>
        <source>the file is not an OptIn Desk database</source>
        <translation>الملف ليس قاعدة بيانات OptIn Desk</translation>
    </message>
    <message numerus="yes">
        <source>row {row}: {reason} (and %n more invalid row(s)); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>
            <numerusform>الصف {row}: {reason} (و%n صف غير صالح آخر)؛ لم يُسجّل شيء: صحّح الملف (التجربة دون --apply تعرض كل صف) أو تخطَّ الصفوف غير الصالحة (--skip-invalid)</numerusform>
            <numerusform>الصف {row}: {reason} (و%n صف غير صالح آخر)؛ لم يُسجّل شيء: صحّح الملف (التجربة دون --apply تعرض كل صف) أو تخطَّ الصفوف غير الصالحة (--skip-invalid)</numerusform>
            <numerusform>الصف {row}: {reason} (و%n صف غير صالح آخر)؛ لم يُسجّل شيء: صحّح الملف (التجربة دون --apply تعرض كل صف) أو تخطَّ الصفوف غير الصالحة (--skip-invalid)</numerusform>
            <numerusform>الصف {row}: {reason} (و%n صف غير صالح آخر)؛ لم يُسجّل شيء: صحّح الملف (التجربة دون --apply تعرض كل صف) أو تخطَّ الصفوف غير الصالحة (--skip-invalid)</numerusform>
            <numerusform>الصف {row}: {reason} (و%n صف غير صالح آخر)؛ لم يُسجّل شيء: صحّح الملف (التجربة دون --apply تعرض كل صف) أو تخطَّ الصفوف غير الصالحة (--skip-invalid)</numerusform>
            <numerusform>الصف {row}: {reason} (و%n صف غير صالح آخر)؛ لم يُسجّل شيء: صحّح الملف (التجربة دون --apply تعرض كل صف) أو تخطَّ الصفوف غير الصالحة (--skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {reason}; nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>الصف {row}: {reason}؛ لم يُسجّل شيء: صحّح الملف (التجربة دون --apply تعرض كل صف) أو تخطَّ الصفوف غير الصالحة (--skip-invalid)</translation>
    </message>
    <message>
        <source>the file needs a header row: number, name, category, action, date</source>
        <translation>يحتاج الملف إلى صف عناوين: الرقم، الاسم، نوع الرسائل، الإجراء، التاريخ</translation>
    </message>
    <message>
        <source>no {missing} column found (the columns are: {columns}); name them scope (or category), action and date</source>
        <translation>لم يُعثر على عمود {missing} (الأعمدة هي: {columns})؛ سمِّها scope (أو category) وaction وdate</translation>
    </message>
    <message>
        <source>unknown category {scope!r}</source>
        <translation>نوع رسائل غير معروف {scope!r}</translation>
    </message>
    <message>
        <source>unknown action {action!r}: write opt_in or opt_out</source>
        <translation>إجراء غير معروف {action!r}: اكتب opt_in أو opt_out</translation>
    </message>
    <message>
        <source>erased on request on {day}: an import never brings them back</source>
        <translation>مُحي بطلب في {day}: الاستيراد لا يعيده أبدًا</translation>
    </message>
    <message>
        <source>will opt in to {what}</source>
        <translation>سيشترك في {what}</translation>
    </message>
    <message>
        <source>will opt out of {what}</source>
        <translation>سيلغي الاشتراك في {what}</translation>
    </message>
    <message>
        <source>the records already say opted in to {what}, or a later event stands</source>
        <translation>السجلات تقول أصلًا اشتراك في {what}، أو أن سجلًا لاحقًا هو النافذ</translation>
    </message>
    <message>
        <source>the records already say opted out of {what}, or a later event stands</source>
        <translation>السجلات تقول أصلًا إلغاء الاشتراك في {what}، أو أن سجلًا لاحقًا هو النافذ</translation>
    </message>
    <message>
        <source>nothing to import: every row is already recorded, skipped, refused or invalid</source>
        <translation>لا شيء للاستيراد: كل صف مسجّل من قبل أو مُتخطّى أو مرفوض أو غير صالح</translation>
    </message>
    <message>
        <source>{where} is not empty (its table {busy} holds records): move-to only fills an empty database; nothing was written</source>
        <translation>{where} ليست فارغة (جدولها {busy} فيه بيانات): الأمر move-to لا يملأ إلا قاعدة بيانات فارغة؛ لم يُكتب شيء</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent in the future</source>
        <translation>لا يمكن أن يكون التأكيد قد أُرسل في المستقبل</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent ({sent}) before the opt-out it confirms ({given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>لا يمكن أن يكون التأكيد قد أُرسل ({sent}) قبل إلغاء الاشتراك الذي يؤكده ({given})؛ إن ألغى الشخص اشتراكه قبل ذلك، فسجّل الإلغاء بالوقت الذي حدث فيه</translation>
    </message>
    <message>
        <source>event {event_id} is not an opt-out</source>
        <translation>السجل {event_id} ليس إلغاء اشتراك</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent before the opt-out it confirms (event {event_id}, given {given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>لا يمكن أن يكون التأكيد قد أُرسل قبل إلغاء الاشتراك الذي يؤكده (السجل {event_id}، في {given})؛ إن ألغى الشخص اشتراكه قبل ذلك، فسجّل الإلغاء بالوقت الذي حدث فيه</translation>
    </message>
    <message>
        <source>the confirmation of event {event_id} is already marked sent</source>
        <translation>تأكيد السجل {event_id} معلَّم كمُرسل من قبل</translation>
    </message>
    <message>
        <source>the owner PIN kept in the records is not the one the ledger states (it was removed or replaced outside OptIn Desk): give the owner PIN that opens this computer&apos;s signing key to keep it again; until then what needs the PIN stays refused</source>
        <translation>رمز PIN للمالك المحفوظ في السجلات ليس الرمز الذي يذكره الدفتر (أُزيل أو استُبدل خارج OptIn Desk): أعطِ رمز PIN للمالك الذي يفتح مفتاح التوقيع على هذا الحاسوب ليُحفظ من جديد؛ وحتى ذلك الحين يبقى كل ما يحتاج إلى الرمز مرفوضًا</translation>
    </message>
    <message>
        <source>too many wrong owner PINs: try again in {seconds} seconds</source>
        <translation>أُدخل رمز PIN للمالك خطأً مرات كثيرة: حاول مرة أخرى بعد {seconds} ثانية</translation>
    </message>
    <message>
        <source>this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)</source>
        <translation>هذا يحتاج إلى رمز PIN للمالك (أعطِ --pin أو عيّن OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>wrong owner PIN</source>
        <translation>رمز PIN للمالك خاطئ</translation>
    </message>
    <message>
        <source>sender number {sender!r}: {reason}</source>
        <translation>رقم المُرسل {sender!r}: {reason}</translation>
    </message>
    <message>
        <source>this database already has a business profile; change it in Settings</source>
        <translation>لقاعدة البيانات هذه ملف تعريف للمتجر من قبل؛ غيّره في الإعدادات</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; or open the app first</source>
        <translation>لا يوجد ملف تعريف للمتجر بعد: شغّل &apos;optin-desk init&apos; أو افتح البرنامج أولًا</translation>
    </message>
    <message>
        <source>the consent wording template is broken: {error}</source>
        <translation>قالب نص الموافقة معطوب: {error}</translation>
    </message>
    <message>
        <source>there is no wording version {wording_id}</source>
        <translation>لا يوجد إصدار نص رقم {wording_id}</translation>
    </message>
    <message>
        <source>name the proof FILE.pdf or FILE.json</source>
        <translation>سمِّ الإثبات FILE.pdf أو FILE.json</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>لم يُضبط أي رقم</translation>
    </message>
    <message>
        <source>{written!r} is not one of the shop&apos;s WhatsApp numbers ({shown})</source>
        <translation>{written!r} ليس أحد أرقام واتساب الخاصة بالمتجر ({shown})</translation>
    </message>
    <message>
        <source>quality rating {rating!r}: use high, medium or low</source>
        <translation>تقييم الجودة {rating!r}: استخدم high أو medium أو low</translation>
    </message>
    <message>
        <source>status {status!r}: use connected, flagged or restricted</source>
        <translation>الحالة {status!r}: استخدم connected أو flagged أو restricted</translation>
    </message>
    <message>
        <source>the reading of {observed_on} is dated in the future</source>
        <translation>قراءة {observed_on} مؤرخة في المستقبل</translation>
    </message>
    <message>
        <source>blocks and reports are counts of people: 0 or more</source>
        <translation>الحظر والإبلاغات أعداد أشخاص: 0 أو أكثر</translation>
    </message>
    <message>
        <source>line {line}: {cell!r} is not a count</source>
        <translation>السطر {line}: {cell!r} ليس عددًا</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not quality readings</source>
        <translation>{name} يحتوي بطاقات جهات اتصال، لا قراءات جودة</translation>
    </message>
    <message>
        <source>{name} needs columns for {missing}; the columns are: {columns}</source>
        <translation>{name} يحتاج إلى أعمدة لـ {missing}؛ الأعمدة هي: {columns}</translation>
    </message>
    <message>
        <source>line {line}: the date {cell!r} is not YYYY-MM-DD</source>
        <translation>السطر {line}: التاريخ {cell!r} ليس بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>wording {language} v{version}</source>
        <translation>النص {language} الإصدار {version}</translation>
    </message>
    <message>
        <source>cannot write {target}: {problem}</source>
        <translation>تتعذّر كتابة {target}: {problem}</translation>
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
        <source>{setting} must be between 1 and 1000</source>
        <translation>يجب أن يكون {setting} بين 1 و1000</translation>
    </message>
    <message>
        <source>Opt-outs after the broadcast of {day} were {times}× your usual: look at who it went to</source>
        <translation>كانت حالات إلغاء الاشتراك بعد بث {day} {times}× المعتاد: راجع إلى من أُرسل</translation>
    </message>
    <message>
        <source>{percent}% not delivered after the broadcast of {day}: check these numbers</source>
        <translation>لم يُسلَّم {percent}% بعد بث {day}: تحقق من هذه الأرقام</translation>
    </message>
    <message>
        <source>people who opted in by {method} opt out {times}× as often as those who opted in by {reference}</source>
        <translation>من اشتركوا بطريقة «{method}» يلغون اشتراكهم أكثر بـ{times}× ممن اشتركوا بطريقة «{reference}»</translation>
    </message>
    <message>
        <source>quality dropped to {rating} on {sender}: hold marketing from this number for a week</source>
        <translation>انخفضت جودة {sender} إلى {rating}: أوقف التسويق من هذا الرقم لمدة أسبوع</translation>
    </message>
    <message>
        <source>--head takes the ledger head as printed: at least {least} of its hexadecimal characters (0-9, a-f)</source>
        <translation>يأخذ --head بصمة الدفتر كما طُبعت: {least} على الأقل من محارفها الست عشرية (0-9، a-f)</translation>
    </message>
    <message>
        <source>--head {written} fits more than one entry: give more characters</source>
        <translation>--head {written} يطابق أكثر من سجل: أعطِ محارف أكثر</translation>
    </message>
    <message>
        <source>the chat shows the name “{sender}”, not a number: find them on the Opt-outs page</source>
        <translation>تُظهر المحادثة الاسم “{sender}” لا رقمًا: ابحث عنه في صفحة إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>already opted out of {what}</source>
        <translation>ألغى الاشتراك في {what} من قبل</translation>
    </message>
    <message>
        <source>already opted out of {what} since {when}</source>
        <translation>ألغى الاشتراك في {what} منذ {when}</translation>
    </message>
    <message>
        <source>already opted in to {what}</source>
        <translation>وافق على {what} من قبل</translation>
    </message>
    <message>
        <source>already opted in to {what} since {when}</source>
        <translation>وافق على {what} منذ {when}</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>كل الرسائل</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>التسويق</translation>
    </message>
    <message>
        <source>erased on request on {day}: record their new opt-in on its own, confirming that it lifts the erasure</source>
        <translation>مُحي بطلب في {day}: سجّل موافقته الجديدة وحدها، مؤكدًا أنها ترفع المحو</translation>
    </message>
    <message>
        <source>same number as row {row}</source>
        <translation>الرقم نفسه في الصف {row}</translation>
    </message>
    <message>
        <source>row {row} cannot be recorded: {reason}</source>
        <translation>يتعذّر تسجيل الصف {row}: {reason}</translation>
    </message>
    <message>
        <source>that file is the records themselves</source>
        <translation>هذا الملف هو البيانات نفسها</translation>
    </message>
    <message>
        <source>the restored copy fails its ledger check: {problem}</source>
        <translation>النسخة المستعادة لا تجتاز فحص دفتر السجلات: {problem}</translation>
    </message>
    <message>
        <source>the restore failed ({reason}); the records were left as they were</source>
        <translation>فشلت الاستعادة ({reason})؛ بقيت البيانات كما كانت</translation>
    </message>
    <message>
        <source>too many restores of {name} this second; try again</source>
        <translation>استعادات كثيرة لـ {name} في هذه الثانية؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>the backup is not a copy of these records (another shop&apos;s, or they went their own way after event {shared_events}); to replace them anyway give --other-shop and the owner PIN</source>
        <translation>النسخة الاحتياطية ليست نسخة من هذه البيانات (لمتجر آخر، أو افترقتا بعد السجل {shared_events})؛ لاستبدالها مع ذلك أعطِ --other-shop ورمز PIN للمالك</translation>
    </message>
    <message>
        <source>restoring another shop&apos;s records needs the owner PIN: set one with &apos;optin-desk pin&apos;, then give it with --pin</source>
        <translation>استعادة بيانات متجر آخر تحتاج إلى رمز PIN للمالك: عيّنه بـ &apos;optin-desk pin&apos;، ثم أعطه بـ --pin</translation>
    </message>
    <message>
        <source>the evidence file {error}; choose the scan again</source>
        <translation>ملف الإثبات {error}؛ اختر الصورة الممسوحة مرة أخرى</translation>
    </message>
    <message>
        <source>the evidence file could not be read: {error}</source>
        <translation>تعذّرت قراءة ملف الإثبات: {error}</translation>
    </message>
    <message>
        <source>the evidence file {error}</source>
        <translation>ملف الإثبات {error}</translation>
    </message>
    <message>
        <source>the evidence file could not be kept: {error}</source>
        <translation>تعذّر حفظ ملف الإثبات: {error}</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source} غير موجود</translation>
    </message>
    <message>
        <source>the server could not be asked ({reason}); nothing was changed</source>
        <translation>تعذّر سؤال الخادم ({reason})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>restoring on a server is for the records&apos; owner role (it owns the database and may create databases): run it with the owner&apos;s URL; nothing was changed</source>
        <translation>الاستعادة على خادم من مهام دور مالك البيانات (يملك قاعدة البيانات ويمكنه إنشاء قواعد بيانات): شغّلها برابط المالك؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>no new database could be made for the restore ({reason}); nothing was changed</source>
        <translation>تعذّر إنشاء قاعدة بيانات جديدة للاستعادة ({reason})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{name} is not a sound dump of OptIn Desk records ({error}); nothing was changed</source>
        <translation>{name} ليس تفريغًا سليمًا لبيانات OptIn Desk ({error})؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{name} holds no OptIn Desk records; nothing was changed</source>
        <translation>لا يحتوي {name} بيانات OptIn Desk؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}; nothing was changed</source>
        <translation>لا يجتاز {name} فحص دفتر السجلات عند السجل {broken_event_id}: {problem}؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>too many restores of these records this second; try again</source>
        <translation>استعادات كثيرة لهذه البيانات في هذه الثانية؛ حاول مرة أخرى</translation>
    </message>
    <message numerus="yes">
        <source>%n other (connection is|connections are) open to the records (a window on another computer?): close (it|them) and try again, or give --force to disconnect (it|them); nothing was changed</source>
        <translation>
            <numerusform>اتصالات أخرى مفتوحة بالبيانات (%n) (نافذة على حاسوب آخر؟): أغلقها وحاول مرة أخرى، أو أعطِ --force لقطعها؛ لم يتغيّر شيء</numerusform>
            <numerusform>اتصالات أخرى مفتوحة بالبيانات (%n) (نافذة على حاسوب آخر؟): أغلقها وحاول مرة أخرى، أو أعطِ --force لقطعها؛ لم يتغيّر شيء</numerusform>
            <numerusform>اتصالات أخرى مفتوحة بالبيانات (%n) (نافذة على حاسوب آخر؟): أغلقها وحاول مرة أخرى، أو أعطِ --force لقطعها؛ لم يتغيّر شيء</numerusform>
            <numerusform>اتصالات أخرى مفتوحة بالبيانات (%n) (نافذة على حاسوب آخر؟): أغلقها وحاول مرة أخرى، أو أعطِ --force لقطعها؛ لم يتغيّر شيء</numerusform>
            <numerusform>اتصالات أخرى مفتوحة بالبيانات (%n) (نافذة على حاسوب آخر؟): أغلقها وحاول مرة أخرى، أو أعطِ --force لقطعها؛ لم يتغيّر شيء</numerusform>
            <numerusform>اتصالات أخرى مفتوحة بالبيانات (%n) (نافذة على حاسوب آخر؟): أغلقها وحاول مرة أخرى، أو أعطِ --force لقطعها؛ لم يتغيّر شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>a save on another computer held the records too long; try the restore again in a moment; the records were left as they were</source>
        <translation>حفظٌ على حاسوب آخر أبقى البيانات مشغولة وقتًا طويلًا؛ أعد محاولة الاستعادة بعد قليل؛ بقيت البيانات كما كانت</translation>
    </message>
    <message>
        <source>no business profile yet</source>
        <translation>لا يوجد ملف تعريف للمتجر بعد</translation>
    </message>
    <message>
        <source>category {key!r} stays {kind}: add a new category instead</source>
        <translation>نوع الرسائل {key!r} يبقى {kind}: أضف نوع رسائل جديدًا بدلًا من ذلك</translation>
    </message>
    <message>
        <source>say why the event is voided (--reason): the reason is kept with it</source>
        <translation>اذكر سبب إبطال السجل (--reason): يُحفظ السبب معه</translation>
    </message>
    <message>
        <source>there is no event {event_id}; see &apos;optin-desk history NUMBER&apos;</source>
        <translation>لا يوجد سجل رقم {event_id}؛ راجع &apos;optin-desk history الرقم&apos;</translation>
    </message>
    <message>
        <source>event {event_id} is about the shop, not a person: it stands</source>
        <translation>السجل {event_id} يخصّ المتجر لا شخصًا: يبقى كما هو</translation>
    </message>
    <message>
        <source>event {event_id} is itself a void and cannot be voided</source>
        <translation>السجل {event_id} هو نفسه إبطال ولا يمكن إبطاله</translation>
    </message>
    <message>
        <source>event {event_id} was already voided by event {already}</source>
        <translation>السجل {event_id} أُبطل من قبل بالسجل {already}</translation>
    </message>
    <message>
        <source>choose the event to void</source>
        <translation>اختر السجل المراد إبطاله</translation>
    </message>
    <message>
        <source>events of different people are voided one person at a time</source>
        <translation>سجلات أشخاص مختلفين تُبطل شخصًا شخصًا</translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied</source>
        <translation>تتعذّر قراءة {source}: الإذن مرفوض</translation>
    </message>
    <message>
        <source>{source} cannot be read: {problem}</source>
        <translation>تتعذّر قراءة {source}: {problem}</translation>
    </message>
    <message>
        <source>{source} is a folder, not a file</source>
        <translation>{source} مجلد، لا ملف</translation>
    </message>
    <message>
        <source>{source} is not a regular file (a pipe, device or socket)</source>
        <translation>{source} ليس ملفًا عاديًا (أنبوب أو جهاز أو مقبس)</translation>
    </message>
    <message>
        <source>{source} is not a regular file</source>
        <translation>{source} ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>{name} is {megabytes} MB; scans up to {most} MB are kept</source>
        <translation>حجم {name} هو {megabytes} MB؛ تُحفظ الصور الممسوحة حتى {most} MB</translation>
    </message>
    <message>
        <source>{name} changed while it was being copied; try again</source>
        <translation>تغيّر {name} أثناء نسخه؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>broadcast rules</source>
        <translation>قواعد الرسائل الجماعية</translation>
    </message>
    <message>
        <source>wording templates</source>
        <translation>قوالب النصوص</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>أسماء الموظفين</translation>
    </message>
    <message>
        <source>privacy details</source>
        <translation>بيانات الخصوصية</translation>
    </message>
    <message>
        <source>shop details</source>
        <translation>بيانات المتجر</translation>
    </message>
    <message>
        <source>kinds of messages</source>
        <translation>أنواع الرسائل</translation>
    </message>
    <message>
        <source>sender numbers</source>
        <translation>أرقام الإرسال</translation>
    </message>
    <message>
        <source>wordings</source>
        <translation>نصوص الموافقة</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in(s)</source>
        <translation>
            <numerusform>لا اشتراكات</numerusform>
            <numerusform>اشتراك واحد</numerusform>
            <numerusform>اشتراكان</numerusform>
            <numerusform>%n اشتراكات</numerusform>
            <numerusform>%n اشتراكًا</numerusform>
            <numerusform>%n اشتراك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s)</source>
        <translation>
            <numerusform>عمليات إبطال: %n</numerusform>
            <numerusform>عمليات إبطال: %n</numerusform>
            <numerusform>عمليات إبطال: %n</numerusform>
            <numerusform>عمليات إبطال: %n</numerusform>
            <numerusform>عمليات إبطال: %n</numerusform>
            <numerusform>عمليات إبطال: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) voided since</source>
        <translation>
            <numerusform>إلغاءات اشتراك أُبطلت منذ ذلك: %n</numerusform>
            <numerusform>إلغاءات اشتراك أُبطلت منذ ذلك: %n</numerusform>
            <numerusform>إلغاءات اشتراك أُبطلت منذ ذلك: %n</numerusform>
            <numerusform>إلغاءات اشتراك أُبطلت منذ ذلك: %n</numerusform>
            <numerusform>إلغاءات اشتراك أُبطلت منذ ذلك: %n</numerusform>
            <numerusform>إلغاءات اشتراك أُبطلت منذ ذلك: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the backup holds %n event(s); the records hold {live}, {shared} of them the same</source>
        <translation>
            <numerusform>سجلات النسخة الاحتياطية: %n؛ سجلات البيانات: {live}، المتطابق منها: {shared}</numerusform>
            <numerusform>سجلات النسخة الاحتياطية: %n؛ سجلات البيانات: {live}، المتطابق منها: {shared}</numerusform>
            <numerusform>سجلات النسخة الاحتياطية: %n؛ سجلات البيانات: {live}، المتطابق منها: {shared}</numerusform>
            <numerusform>سجلات النسخة الاحتياطية: %n؛ سجلات البيانات: {live}، المتطابق منها: {shared}</numerusform>
            <numerusform>سجلات النسخة الاحتياطية: %n؛ سجلات البيانات: {live}، المتطابق منها: {shared}</numerusform>
            <numerusform>سجلات النسخة الاحتياطية: %n؛ سجلات البيانات: {live}، المتطابق منها: {shared}</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup is NOT a copy of these records (another shop, or diverged)</source>
        <translation>النسخة الاحتياطية ليست نسخة من هذه البيانات (متجر آخر، أو افترقتا)</translation>
    </message>
    <message>
        <source>would be lost: {items}</source>
        <translation>سيضيع: {items}</translation>
    </message>
    <message>
        <source>would be lost: nothing recorded</source>
        <translation>سيضيع: لا شيء مسجّل</translation>
    </message>
    <message>
        <source>settings that go back to the backup&apos;s: {names}</source>
        <translation>إعدادات تعود إلى ما في النسخة الاحتياطية: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>إلغاءات اشتراك: %n</numerusform>
            <numerusform>إلغاءات اشتراك: %n</numerusform>
            <numerusform>إلغاءات اشتراك: %n</numerusform>
            <numerusform>إلغاءات اشتراك: %n</numerusform>
            <numerusform>إلغاءات اشتراك: %n</numerusform>
            <numerusform>إلغاءات اشتراك: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>عمليات حذف: %n</numerusform>
            <numerusform>عمليات حذف: %n</numerusform>
            <numerusform>عمليات حذف: %n</numerusform>
            <numerusform>عمليات حذف: %n</numerusform>
            <numerusform>عمليات حذف: %n</numerusform>
            <numerusform>عمليات حذف: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied after the restore: {items}; the owner PIN stays as it is now</source>
        <translation>يُعاد تطبيقه بعد الاستعادة: {items}؛ يبقى رمز PIN للمالك كما هو الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n erased (number is|numbers are) kept under another key: they stay erased only where the backup holds them</source>
        <translation>
            <numerusform>أرقام محذوفة محفوظة بمفتاح آخر: %n؛ تبقى محذوفة فقط حيث تحتويها النسخة الاحتياطية</numerusform>
            <numerusform>أرقام محذوفة محفوظة بمفتاح آخر: %n؛ تبقى محذوفة فقط حيث تحتويها النسخة الاحتياطية</numerusform>
            <numerusform>أرقام محذوفة محفوظة بمفتاح آخر: %n؛ تبقى محذوفة فقط حيث تحتويها النسخة الاحتياطية</numerusform>
            <numerusform>أرقام محذوفة محفوظة بمفتاح آخر: %n؛ تبقى محذوفة فقط حيث تحتويها النسخة الاحتياطية</numerusform>
            <numerusform>أرقام محذوفة محفوظة بمفتاح آخر: %n؛ تبقى محذوفة فقط حيث تحتويها النسخة الاحتياطية</numerusform>
            <numerusform>أرقام محذوفة محفوظة بمفتاح آخر: %n؛ تبقى محذوفة فقط حيث تحتويها النسخة الاحتياطية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept check(s)</source>
        <translation>
            <numerusform>فحوص محفوظة: %n</numerusform>
            <numerusform>فحوص محفوظة: %n</numerusform>
            <numerusform>فحوص محفوظة: %n</numerusform>
            <numerusform>فحوص محفوظة: %n</numerusform>
            <numerusform>فحوص محفوظة: %n</numerusform>
            <numerusform>فحوص محفوظة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent</source>
        <translation>
            <numerusform>رسائل مسجّلة كمُرسلة: %n</numerusform>
            <numerusform>رسائل مسجّلة كمُرسلة: %n</numerusform>
            <numerusform>رسائل مسجّلة كمُرسلة: %n</numerusform>
            <numerusform>رسائل مسجّلة كمُرسلة: %n</numerusform>
            <numerusform>رسائل مسجّلة كمُرسلة: %n</numerusform>
            <numerusform>رسائل مسجّلة كمُرسلة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed form batch(es)</source>
        <translation>
            <numerusform>دفعات استمارات مطبوعة: %n</numerusform>
            <numerusform>دفعات استمارات مطبوعة: %n</numerusform>
            <numerusform>دفعات استمارات مطبوعة: %n</numerusform>
            <numerusform>دفعات استمارات مطبوعة: %n</numerusform>
            <numerusform>دفعات استمارات مطبوعة: %n</numerusform>
            <numerusform>دفعات استمارات مطبوعة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the category {key!r} ({kind}) has no kind in the ledger: it was added behind the program&apos;s back</source>
        <translation>نوع الرسائل {key!r} ({kind}) ليس له صنف مسجّل في الدفتر: أُضيف من خارج البرنامج</translation>
    </message>
    <message>
        <source>the category {key!r} is stored as {kind}, but the ledger states {stated} (event {event}): its kind was edited behind the program&apos;s back; the rules keep {stated}</source>
        <translation>نوع الرسائل {key!r} محفوظ كـ {kind}، لكن الدفتر يذكر {stated} (السجل {event}): عُدّل صنفه من خارج البرنامج؛ تبقى القواعد على {stated}</translation>
    </message>
    <message>
        <source>the records key is not on this computer, so erased numbers and who each event belongs to cannot be told here: on a computer that has it run &apos;optin-desk records-key --out FILE&apos;, then here &apos;optin-desk records-key --import FILE&apos;</source>
        <translation>مفتاح السجلات ليس على هذا الحاسوب، لذا لا يمكن هنا معرفة الأرقام الممحوّة ولا لمن يعود كل سجل: على حاسوب فيه المفتاح شغّل &apos;optin-desk records-key --out FILE&apos;، ثم هنا &apos;optin-desk records-key --import FILE&apos;</translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation>تتعذّر قراءة {source}: {error}</translation>
    </message>
    <message>
        <source>{source} is not a records key written by &apos;optin-desk records-key --out&apos;</source>
        <translation>{source} ليس مفتاح سجلات كتبه &apos;optin-desk records-key --out&apos;</translation>
    </message>
    <message>
        <source>{source} is the key of other records (id {found}), not of these ({known})</source>
        <translation>{source} هو مفتاح سجلات أخرى (المعرّف {found})، لا مفتاح هذه السجلات ({known})</translation>
    </message>
    <message>
        <source>the key in {source} does not match the numbers these records hold: it was not written from these records</source>
        <translation>المفتاح في {source} لا يطابق الأرقام الموجودة في هذه السجلات: لم يُكتب من هذه السجلات</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 3600, not {written!r}</source>
        <translation>--wait يأخذ عدد ثوانٍ من 0 إلى 3600، وليس {written!r}</translation>
    </message>
    <message>
        <source>--remove-unerasable goes with --from-backups</source>
        <translation>--remove-unerasable يُستخدم مع --from-backups</translation>
    </message>
    <message>
        <source>{number} is not erased from the records: erase it first</source>
        <translation>{number} لم يُمحَ من السجلات: امحُه أولًا</translation>
    </message>
    <message>
        <source>its folder is not there: plug in the stick</source>
        <translation>مجلدها غير موجود: أدخل ذاكرة USB</translation>
    </message>
    <message>
        <source>a server&apos;s dump cannot be rewritten by this program</source>
        <translation>لا يستطيع هذا البرنامج إعادة كتابة تفريغ من الخادم</translation>
    </message>
    <message>
        <source>the number was still found in the rewritten copy</source>
        <translation>لا يزال الرقم موجودًا في النسخة المعاد كتابتها</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s head row was deleted behind the program&apos;s back; run verify, then restore the latest backup</source>
        <translation>لم يُسجَّل شيء: حُذف صف رأس الدفتر من خارج البرنامج؛ شغّل verify، ثم استعد أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>wording {wording_id} ({language}, version {version}): its text was changed; it no longer hashes to the sha256 recorded for it</source>
        <translation>النص {wording_id} ({language}، الإصدار {version}): تغيّر محتواه؛ لم تعد بصمته تطابق بصمة sha256 المسجّلة له</translation>
    </message>
    <message>
        <source>event {event_id} points at wording {wording_id}, whose sha256 is {found}, but the chain says the person was shown the wording {chained}</source>
        <translation>السجل {event_id} يشير إلى النص {wording_id}، وبصمته sha256 هي {found}، لكن السلسلة تقول إن الشخص عُرض عليه النص {chained}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا توجد)</translation>
    </message>
    <message>
        <source>the scan {sha256} was replaced or altered: its file now hashes to {found}</source>
        <translation>المسح الضوئي {sha256} استُبدل أو عُدّل: بصمة ملفه الآن {found}</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is missing from the scan folder: the proof of that opt-in lost its scan; put the file back from a backup</source>
        <translation>المسح الضوئي {sha256} للسجل {event_id} مفقود من مجلد المسوح: فقد إثبات ذلك الاشتراك مسحه الضوئي؛ أعد الملف من نسخة احتياطية</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is not on this computer (the shared records keep scans on the computer that recorded them): verify there</source>
        <translation>المسح الضوئي {sha256} للسجل {event_id} ليس على هذا الحاسوب (السجلات المشتركة تحفظ المسوح على الحاسوب الذي سجّلها): تحقّق هناك</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of erased people are gone, as the erasure asked</source>
        <translation>
            <numerusform>أُزيلت الصور الممسوحة للأشخاص الممحوّين (%n)، كما طلب المحو</numerusform>
            <numerusform>أُزيلت الصور الممسوحة للأشخاص الممحوّين (%n)، كما طلب المحو</numerusform>
            <numerusform>أُزيلت الصور الممسوحة للأشخاص الممحوّين (%n)، كما طلب المحو</numerusform>
            <numerusform>أُزيلت الصور الممسوحة للأشخاص الممحوّين (%n)، كما طلب المحو</numerusform>
            <numerusform>أُزيلت الصور الممسوحة للأشخاص الممحوّين (%n)، كما طلب المحو</numerusform>
            <numerusform>أُزيلت الصور الممسوحة للأشخاص الممحوّين (%n)، كما طلب المحو</numerusform>
        </translation>
    </message>
    <message>
        <source>the events of person {contact_id} cannot be read ({problem}): they were edited outside the program, so their consent cannot be worked out; restore the latest backup</source>
        <translation>لا يمكن قراءة أحداث الشخص {contact_id} ({problem}): عُدّلت خارج البرنامج، لذا لا يمكن معرفة موافقته؛ استعد أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s last event is not the one its head row names (an event was deleted or added behind the program&apos;s back); run verify, then restore the latest backup (an opt-out is still recorded)</source>
        <translation>لم يُسجَّل شيء: آخر حدث في الدفتر ليس الذي يسمّيه صف رأسه (حُذف حدث أو أُضيف من خارج البرنامج)؛ شغّل verify، ثم استعد أحدث نسخة احتياطية (إلغاء الاشتراك يُسجَّل مع ذلك)</translation>
    </message>
    <message>
        <source>nothing was recorded: {phone} is opted out of {kind} on record, but the events left in the ledger no longer say so (one was deleted behind the program&apos;s back); run verify, then restore the latest backup</source>
        <translation>لم يُسجَّل شيء: {phone} ألغى اشتراكه في {kind} بحسب السجلات، لكن الأحداث الباقية في الدفتر لم تعد تقول ذلك (حُذف أحدها من خارج البرنامج)؛ شغّل verify، ثم استعد أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>ألغى الاشتراك</translation>
    </message>
    <message>
        <source>without consent</source>
        <translation>بلا موافقة</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} since {table_since} (event {event_id}), but the ledger says since {ledger_since}: the time was edited outside the program; check and status read the table, so they are wrong for this person</source>
        <translation>يقول جدول حالة الموافقة إن حالة الشخص {contact_id} في رسائل «{category}» هي «{table}» منذ {table_since} (السجل {event_id})، لكن الدفتر يقول منذ {ledger_since}: عُدّل الوقت من خارج البرنامج؛ الأمران check وstatus يقرآن الجدول، لذا فهما خاطئان لهذا الشخص</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} (event {table_event_id}), but the ledger says {ledger} (event {event_id}): check and status read the table, so they are wrong for this person</source>
        <translation>يقول جدول حالة الموافقة إن حالة الشخص {contact_id} في رسائل «{category}» هي «{table}» (السجل {table_event_id})، لكن الدفتر يقول «{ledger}» (السجل {event_id}): الأمران check وstatus يقرآن الجدول، لذا فهما خاطئان لهذا الشخص</translation>
    </message>
    <message numerus="yes">
        <source>the ledger&apos;s head row is missing although it holds %n event(s): someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</source>
        <translation>
            <numerusform>صف رأس الدفتر مفقود رغم أن الدفتر يحتوي على %n سجل: حذفه أحدهم من خارج البرنامج، وهذا يخفي ما إذا قُطعت سجلات من النهاية. لا يمكن تسجيل شيء حتى يعود: قارن بنقطة تحقّق محفوظة في مكان آخر (verify --checkpoint) واستعد أحدث نسخة احتياطية</numerusform>
            <numerusform>صف رأس الدفتر مفقود رغم أن الدفتر يحتوي على سجل واحد: حذفه أحدهم من خارج البرنامج، وهذا يخفي ما إذا قُطعت سجلات من النهاية. لا يمكن تسجيل شيء حتى يعود: قارن بنقطة تحقّق محفوظة في مكان آخر (verify --checkpoint) واستعد أحدث نسخة احتياطية</numerusform>
            <numerusform>صف رأس الدفتر مفقود رغم أن الدفتر يحتوي على سجلين: حذفه أحدهم من خارج البرنامج، وهذا يخفي ما إذا قُطعت سجلات من النهاية. لا يمكن تسجيل شيء حتى يعود: قارن بنقطة تحقّق محفوظة في مكان آخر (verify --checkpoint) واستعد أحدث نسخة احتياطية</numerusform>
            <numerusform>صف رأس الدفتر مفقود رغم أن الدفتر يحتوي على %n سجلات: حذفه أحدهم من خارج البرنامج، وهذا يخفي ما إذا قُطعت سجلات من النهاية. لا يمكن تسجيل شيء حتى يعود: قارن بنقطة تحقّق محفوظة في مكان آخر (verify --checkpoint) واستعد أحدث نسخة احتياطية</numerusform>
            <numerusform>صف رأس الدفتر مفقود رغم أن الدفتر يحتوي على %n سجلًا: حذفه أحدهم من خارج البرنامج، وهذا يخفي ما إذا قُطعت سجلات من النهاية. لا يمكن تسجيل شيء حتى يعود: قارن بنقطة تحقّق محفوظة في مكان آخر (verify --checkpoint) واستعد أحدث نسخة احتياطية</numerusform>
            <numerusform>صف رأس الدفتر مفقود رغم أن الدفتر يحتوي على %n سجل: حذفه أحدهم من خارج البرنامج، وهذا يخفي ما إذا قُطعت سجلات من النهاية. لا يمكن تسجيل شيء حتى يعود: قارن بنقطة تحقّق محفوظة في مكان آخر (verify --checkpoint) واستعد أحدث نسخة احتياطية</numerusform>
        </translation>
    </message>
    <message>
        <source>the append-only guard {name} is missing or switched off: the ledger can be rewritten without a trace in it; restore the latest backup or ask for help</source>
        <translation>حماية «الإضافة فقط» {name} مفقودة أو متوقفة: يمكن إعادة كتابة الدفتر دون أن يبقى فيه أثر؛ استعد أحدث نسخة احتياطية أو اطلب المساعدة</translation>
    </message>
    <message>
        <source>the owner PIN kept in the settings is not the one the ledger states: it was removed or replaced behind the program&apos;s back; what needs the PIN stays refused until the owner gives the PIN that opens this computer&apos;s signing key</source>
        <translation>رمز PIN للمالك المحفوظ في الإعدادات ليس الرمز الذي يذكره الدفتر: أُزيل أو استُبدل من خارج البرنامج؛ ويبقى كل ما يحتاج إلى الرمز مرفوضًا حتى يعطي المالك الرمز الذي يفتح مفتاح التوقيع على هذا الحاسوب</translation>
    </message>
    <message>
        <source>contact {contact} was erased, but the erasure is no longer on record: it was removed behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>مُحيت جهة الاتصال {contact}، لكن المحو لم يعد مسجّلًا: أُزيل من وراء البرنامج ولم يعد الرقم محظورًا؛ استعد آخر نسخة احتياطية أو اطلب المساعدة</translation>
    </message>
    <message>
        <source>an erasure is marked lifted by event {event}, which is not the person&apos;s own new opt-in: it was lifted behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>محوٌ مُعلَّم بأنه رُفع بالقيد {event}، وهو ليس اشتراكًا جديدًا من الشخص نفسه: رُفع من وراء البرنامج ولم يعد الرقم محظورًا؛ استعد آخر نسخة احتياطية أو اطلب المساعدة</translation>
    </message>
    <message>
        <source>the server role {role} may UPDATE, DELETE or TRUNCATE the ledger: only its owner should; take it back as the owner (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</source>
        <translation>دور الخادم {role} يستطيع تنفيذ UPDATE أو DELETE أو TRUNCATE على الدفتر: يجب أن يقتصر ذلك على مالكه؛ اسحب هذه الصلاحية بصفتك المالك (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</translation>
    </message>
    <message>
        <source>the stored Merkle root of block {block} (the events up to {event_id}) is not the root of those events in the ledger: it was changed behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>جذر ميركل المحفوظ للكتلة {block} (الأحداث حتى {event_id}) ليس جذر تلك الأحداث في الدفتر: غُيّر من خارج البرنامج. تُبنى الإثباتات الآن من كل الأحداث؛ استعد أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>the Merkle root of block {block} (the events up to {event_id}) is missing: it was deleted behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>جذر ميركل للكتلة {block} (الأحداث حتى {event_id}) مفقود: حُذف من خارج البرنامج. تُبنى الإثباتات الآن من كل الأحداث؛ استعد أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>a Merkle root is stored for block {block}, which the ledger does not hold: it was added behind the program&apos;s back; restore the latest backup</source>
        <translation>يوجد جذر ميركل محفوظ للكتلة {block} التي لا يحتويها الدفتر: أُضيف من خارج البرنامج؛ استعد أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>no consent on file</source>
        <translation>لا موافقة مسجّلة</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>استمارة ورقية</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>phone menu</source>
        <translation>قائمة هاتفية</translation>
    </message>
    <message>
        <source>the website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>صندوق الدفع</translation>
    </message>
    <message>
        <source>a sign-up form</source>
        <translation>استمارة تسجيل</translation>
    </message>
    <message>
        <source>a WhatsApp ad</source>
        <translation>إعلان واتساب</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>رسالة بريدية</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>زر الإيقاف في واتساب</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>طريقة أخرى</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>erased on request on {day}</source>
        <translation>مُحي بناءً على طلبه في {day}</translation>
    </message>
    <message>
        <source>consent for {categories} only</source>
        <translation>موافقة على {categories} فقط</translation>
    </message>
    <message numerus="yes">
        <source>%n {what} message(s) in the last {days} days</source>
        <translation>
            <numerusform>لا رسائل عن {what} في الأيام الـ{days} الأخيرة</numerusform>
            <numerusform>رسالة واحدة عن {what} في الأيام الـ{days} الأخيرة</numerusform>
            <numerusform>رسالتان عن {what} في الأيام الـ{days} الأخيرة</numerusform>
            <numerusform>%n رسائل عن {what} في الأيام الـ{days} الأخيرة</numerusform>
            <numerusform>%n رسالة عن {what} في الأيام الـ{days} الأخيرة</numerusform>
            <numerusform>%n رسالة عن {what} في الأيام الـ{days} الأخيرة</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; add an opt-out option: {why}</source>
        <translation>{reason}؛ أضف خيار إلغاء الاشتراك: {why}</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day} ({method})</source>
        <translation>ألغى الاشتراك في {scope} في {day} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} ({method})</source>
        <translation>ألغى الاشتراك في {scope} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day}</source>
        <translation>ألغى الاشتراك في {scope} في {day}</translation>
    </message>
    <message>
        <source>opted out of {scope}</source>
        <translation>ألغى الاشتراك في {scope}</translation>
    </message>
    <message>
        <source>opted in on {day} ({method})</source>
        <translation>اشترك في {day} ({method})</translation>
    </message>
    <message>
        <source>opted in on {day}</source>
        <translation>اشترك في {day}</translation>
    </message>
    <message>
        <source>opted in ({method})</source>
        <translation>اشترك ({method})</translation>
    </message>
    <message>
        <source>first after more than {days} days</source>
        <translation>أول رسالة بعد انقطاع دام أكثر من {days} يومًا</translation>
    </message>
    <message>
        <source>nothing from or about them in {days} days</source>
        <translation>لا شيء منه أو عنه منذ {days} يومًا</translation>
    </message>
    <message>
        <source>first marketing message</source>
        <translation>أول رسالة تسويقية</translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file, for example {file}</source>
        <translation>{path} مجلد: حدّد ملف قاعدة البيانات، مثلًا {file}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: check the --db path (nothing was created)</source>
        <translation>المجلد {folder} غير موجود: تحقّق من مسار --db (لم يُنشأ شيء)</translation>
    </message>
    <message>
        <source>there are no records yet: set up the shop with &apos;optin-desk init&apos;</source>
        <translation>لا توجد سجلات بعد: أعدّ المتجر باستخدام &apos;optin-desk init&apos;</translation>
    </message>
    <message>
        <source>there are no records at {path} yet: set up the shop with &apos;optin-desk init&apos; and this --db, or check the path</source>
        <translation>لا توجد سجلات في {path} بعد: أعدّ المتجر باستخدام &apos;optin-desk init&apos; وهذا --db، أو تحقّق من المسار</translation>
    </message>
    <message>
        <source>{path} cannot be written and is from another version of OptIn Desk: copy it to a writable folder to open it</source>
        <translation>لا يمكن الكتابة في {path} وهو من إصدار آخر من OptIn Desk: انسخه إلى مجلد قابل للكتابة لفتحه</translation>
    </message>
    <message>
        <source>{path} cannot be written: it cannot be upgraded</source>
        <translation>لا يمكن الكتابة في {path}: لا يمكن ترقيته</translation>
    </message>
    <message>
        <source>checkpoint {name}: it cannot be read as a checkpoint ({reason})</source>
        <translation>نقطة التحقّق {name}: تتعذّر قراءتها كنقطة تحقّق ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>the records no longer start with the %n event(s) just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</source>
        <translation>
            <numerusform>لم تعد البيانات كما نُسخت للتو (استُعيدت أو استُبدلت في الأثناء): لم تُؤخذ نقطة تحقّق؛ انسخ احتياطيًا مرة أخرى</numerusform>
            <numerusform>لم تعد البيانات تبدأ بالسجل الذي نُسخ للتو (استُعيدت أو استُبدلت في الأثناء): لم تُؤخذ نقطة تحقّق؛ انسخ احتياطيًا مرة أخرى</numerusform>
            <numerusform>لم تعد البيانات تبدأ بالسجلين اللذين نُسخا للتو (استُعيدت أو استُبدلت في الأثناء): لم تُؤخذ نقطة تحقّق؛ انسخ احتياطيًا مرة أخرى</numerusform>
            <numerusform>لم تعد البيانات تبدأ بالسجلات التي نُسخت للتو وعددها %n (استُعيدت أو استُبدلت في الأثناء): لم تُؤخذ نقطة تحقّق؛ انسخ احتياطيًا مرة أخرى</numerusform>
            <numerusform>لم تعد البيانات تبدأ بالسجلات التي نُسخت للتو وعددها %n (استُعيدت أو استُبدلت في الأثناء): لم تُؤخذ نقطة تحقّق؛ انسخ احتياطيًا مرة أخرى</numerusform>
            <numerusform>لم تعد البيانات تبدأ بالسجلات التي نُسخت للتو وعددها %n (استُعيدت أو استُبدلت في الأثناء): لم تُؤخذ نقطة تحقّق؛ انسخ احتياطيًا مرة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>no checkpoint found in {path} (files ending in .checkpoint.json or -checkpoints.jsonl)</source>
        <translation>لم يُعثر على نقطة تحقّق في {path} (ملفات تنتهي بـ ‎.checkpoint.json أو ‎-checkpoints.jsonl)</translation>
    </message>
    <message>
        <source>these records were restored from {source} on {at}: a checkpoint made before that restore may be of the records it replaced (kept beside them as a &apos;replaced&apos; copy); check it against that copy with --db</source>
        <translation>استُعيدت هذه البيانات من {source} في {at}: نقطة تحقّق صُنعت قبل تلك الاستعادة قد تخصّ البيانات التي استبدلتها (محفوظة بجانبها كنسخة &apos;replaced&apos;)؛ افحصها مقابل تلك النسخة بـ --db</translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: its %n event(s) (made {made}) (was|were) replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</source>
        <translation>
            <numerusform>نقطة التحقّق {name}: (صُنعت في {made}) بلا سجلات، وجاءت بعدها استعادة {at} (البصمة {head})، التي يسجّلها الدفتر كسجل {event}؛ والسجلات المستبدلة محفوظة بجانبها</numerusform>
            <numerusform>نقطة التحقّق {name}: سجلها الوحيد (صُنعت في {made}) استبدلته استعادة {at} (البصمة {head})، التي يسجّلها الدفتر كسجل {event}؛ والسجلات المستبدلة محفوظة بجانبها</numerusform>
            <numerusform>نقطة التحقّق {name}: سجلاها الاثنان (صُنعت في {made}) استبدلتهما استعادة {at} (البصمة {head})، التي يسجّلها الدفتر كسجل {event}؛ والسجلات المستبدلة محفوظة بجانبها</numerusform>
            <numerusform>نقطة التحقّق {name}: سجلاتها وعددها %n (صُنعت في {made}) استبدلتها استعادة {at} (البصمة {head})، التي يسجّلها الدفتر كسجل {event}؛ والسجلات المستبدلة محفوظة بجانبها</numerusform>
            <numerusform>نقطة التحقّق {name}: سجلاتها وعددها %n (صُنعت في {made}) استبدلتها استعادة {at} (البصمة {head})، التي يسجّلها الدفتر كسجل {event}؛ والسجلات المستبدلة محفوظة بجانبها</numerusform>
            <numerusform>نقطة التحقّق {name}: سجلاتها وعددها %n (صُنعت في {made}) استبدلتها استعادة {at} (البصمة {head})، التي يسجّلها الدفتر كسجل {event}؛ والسجلات المستبدلة محفوظة بجانبها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}, key {key})</source>
        <translation>
            <numerusform>نقطة التحقّق {name}: سليمة، وهي بلا سجلات (صُنعت في {made}، المفتاح {key})</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجلها الوحيد (صُنعت في {made}، المفتاح {key})</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجليها الاثنين (صُنعت في {made}، المفتاح {key})</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجلاتها وعددها %n (صُنعت في {made}، المفتاح {key})</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجلاتها وعددها %n (صُنعت في {made}، المفتاح {key})</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجلاتها وعددها %n (صُنعت في {made}، المفتاح {key})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</source>
        <translation>
            <numerusform>نقطة التحقّق {name}: سليمة، وهي بلا سجلات (صُنعت في {made})، لكنها غير موقّعة: كان مفتاح التوقيع مقفلًا برمز PIN للمالك عند صنعها</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجلها الوحيد (صُنعت في {made})، لكنها غير موقّعة: كان مفتاح التوقيع مقفلًا برمز PIN للمالك عند صنعها</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجليها الاثنين (صُنعت في {made})، لكنها غير موقّعة: كان مفتاح التوقيع مقفلًا برمز PIN للمالك عند صنعها</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجلاتها وعددها %n (صُنعت في {made})، لكنها غير موقّعة: كان مفتاح التوقيع مقفلًا برمز PIN للمالك عند صنعها</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجلاتها وعددها %n (صُنعت في {made})، لكنها غير موقّعة: كان مفتاح التوقيع مقفلًا برمز PIN للمالك عند صنعها</numerusform>
            <numerusform>نقطة التحقّق {name}: سليمة، يحتوي دفتر السجلات على سجلاتها وعددها %n (صُنعت في {made})، لكنها غير موقّعة: كان مفتاح التوقيع مقفلًا برمز PIN للمالك عند صنعها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: it counted %n event(s) on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</source>
        <translation>
            <numerusform>نقطة التحقّق {name}: لم تعدّ أي سجل في {made}، لكن الدفتر لا يضم إلا {count}: حُذفت سجلات أو استُبدل الدفتر</numerusform>
            <numerusform>نقطة التحقّق {name}: عدّت سجلًا واحدًا في {made}، لكن الدفتر لا يضم إلا {count}: حُذفت سجلات أو استُبدل الدفتر</numerusform>
            <numerusform>نقطة التحقّق {name}: عدّت سجلين في {made}، لكن الدفتر لا يضم إلا {count}: حُذفت سجلات أو استُبدل الدفتر</numerusform>
            <numerusform>نقطة التحقّق {name}: عدّت %n سجلات في {made}، لكن الدفتر لا يضم إلا {count}: حُذفت سجلات أو استُبدل الدفتر</numerusform>
            <numerusform>نقطة التحقّق {name}: عدّت %n سجلًا في {made}، لكن الدفتر لا يضم إلا {count}: حُذفت سجلات أو استُبدل الدفتر</numerusform>
            <numerusform>نقطة التحقّق {name}: عدّت %n سجل في {made}، لكن الدفتر لا يضم إلا {count}: حُذفت سجلات أو استُبدل الدفتر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: the ledger&apos;s first %n (event does|events do) not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</source>
        <translation>
            <numerusform>نقطة التحقّق {name}: الدفتر الفارغ لا يعطي بصمة الجذر التي سجّلتها في {made}: أُعيدت كتابة الدفتر أو استُبدل منذ ذلك الحين</numerusform>
            <numerusform>نقطة التحقّق {name}: أول سجل في الدفتر لا يعطي بصمة الجذر التي سجّلتها في {made}: أُعيدت كتابة الدفتر أو استُبدل منذ ذلك الحين</numerusform>
            <numerusform>نقطة التحقّق {name}: أول سجلين في الدفتر لا يعطيان بصمة الجذر التي سجّلتها في {made}: أُعيدت كتابة الدفتر أو استُبدل منذ ذلك الحين</numerusform>
            <numerusform>نقطة التحقّق {name}: أول %n سجلات في الدفتر لا تعطي بصمة الجذر التي سجّلتها في {made}: أُعيدت كتابة الدفتر أو استُبدل منذ ذلك الحين</numerusform>
            <numerusform>نقطة التحقّق {name}: أول %n سجلًا في الدفتر لا تعطي بصمة الجذر التي سجّلتها في {made}: أُعيدت كتابة الدفتر أو استُبدل منذ ذلك الحين</numerusform>
            <numerusform>نقطة التحقّق {name}: أول %n سجل في الدفتر لا تعطي بصمة الجذر التي سجّلتها في {made}: أُعيدت كتابة الدفتر أو استُبدل منذ ذلك الحين</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint {name}: event {size} of the ledger does not have the head hash it recorded on {made}: the ledger was rewritten or the checkpoint altered</source>
        <translation>نقطة التحقّق {name}: السجل {size} في الدفتر ليس له البصمة التي سجّلتها في {made}: أُعيدت كتابة الدفتر أو عُدّلت نقطة التحقّق</translation>
    </message>
    <message>
        <source>checkpoint {name}: its signature does not match its contents (it was altered, or not signed by the key it names)</source>
        <translation>نقطة التحقّق {name}: توقيعها لا يطابق محتواها (عُدّلت، أو لم يوقّعها المفتاح الذي تذكره)</translation>
    </message>
    <message>
        <source>its texts are marked erased on request, but its person was never erased</source>
        <translation>نصوصه معلّمة بأنها مُحيت بطلب، لكن صاحبها لم يُمحَ قط</translation>
    </message>
    <message numerus="yes">
        <source>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>
            <numerusform>رقم جهة الاتصال {contacts} و%n غيرها ليس الرقم الذي صُنع منه مفتاحها: تبادلت الأرقام أو تغيّرت في الملف</numerusform>
            <numerusform>رقم جهة الاتصال {contacts} و%n غيرها ليس الرقم الذي صُنع منه مفتاحها: تبادلت الأرقام أو تغيّرت في الملف</numerusform>
            <numerusform>رقم جهة الاتصال {contacts} و%n غيرها ليس الرقم الذي صُنع منه مفتاحها: تبادلت الأرقام أو تغيّرت في الملف</numerusform>
            <numerusform>رقم جهة الاتصال {contacts} و%n غيرها ليس الرقم الذي صُنع منه مفتاحها: تبادلت الأرقام أو تغيّرت في الملف</numerusform>
            <numerusform>رقم جهة الاتصال {contacts} و%n غيرها ليس الرقم الذي صُنع منه مفتاحها: تبادلت الأرقام أو تغيّرت في الملف</numerusform>
            <numerusform>رقم جهة الاتصال {contacts} و%n غيرها ليس الرقم الذي صُنع منه مفتاحها: تبادلت الأرقام أو تغيّرت في الملف</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of contact {contacts} is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>رقم جهة الاتصال {contacts} ليس الرقم الذي صُنع منه مفتاحها: تبادلت الأرقام أو تغيّرت في الملف</translation>
    </message>
    <message>
        <source>the bind of event {event} names no contacts</source>
        <translation>ربط السجل {event} لا يسمّي أي جهة اتصال</translation>
    </message>
    <message>
        <source>the contacts&apos; keys no longer match what event {event} bound: a contact&apos;s key was changed, swapped or removed in the file</source>
        <translation>مفاتيح جهات الاتصال لم تعد تطابق ما ربطه السجل {event}: غُيّر مفتاح جهة اتصال أو بُدّل أو أُزيل في الملف</translation>
    </message>
    <message>
        <source>its texts (note, customer&apos;s words, confirmation, reason) were changed</source>
        <translation>غُيّرت نصوصه (الملاحظة، كلمات العميل، التأكيد، السبب)</translation>
    </message>
    <message>
        <source>its texts were erased on request, yet texts are there again</source>
        <translation>مُحيت نصوصه بطلب، ومع ذلك عادت فيه نصوص</translation>
    </message>
    <message>
        <source>events are out of order</source>
        <translation>السجلات ليست بترتيبها</translation>
    </message>
    <message>
        <source>it does not follow the event before it</source>
        <translation>لا يتبع السجل الذي قبله</translation>
    </message>
    <message>
        <source>its stored hash does not match its fields</source>
        <translation>بصمته المحفوظة لا تطابق حقوله</translation>
    </message>
    <message>
        <source>event ids {first} to {last} are missing before it: the program numbers events without gaps, so events were removed</source>
        <translation>أرقام السجلات من {first} إلى {last} مفقودة قبله: البرنامج يرقّم السجلات بلا فجوات، لذا حُذفت سجلات</translation>
    </message>
    <message>
        <source>it belongs to contact {contact}, whose row now carries another person&apos;s key: contacts&apos; numbers or keys were swapped or changed in the file</source>
        <translation>ينتمي إلى جهة الاتصال {contact}، التي يحمل صفّها الآن مفتاح شخص آخر: تبادلت أرقام جهات الاتصال أو مفاتيحها أو تغيّرت في الملف</translation>
    </message>
    <message>
        <source>it is dated {dated} UTC, after it was recorded ({recorded} UTC): no event may be dated ahead</source>
        <translation>تاريخه {dated} UTC، بعد وقت تسجيله ({recorded} UTC): لا يجوز أن يُؤرَّخ سجل بتاريخ لاحق</translation>
    </message>
    <message numerus="yes">
        <source>the ledger recorded %n event(s) ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</source>
        <translation>
            <numerusform>سجّل الدفتر أنه بلا سجلات وينتهي عند {head}، لكن السلسلة لا تضم إلا {count}، حتى السجل {last}: حُذفت سجلات</numerusform>
            <numerusform>سجّل الدفتر سجلًا واحدًا ينتهي عند {head}، لكن السلسلة لا تضم إلا {count}، حتى السجل {last}: حُذفت سجلات</numerusform>
            <numerusform>سجّل الدفتر سجلين ينتهيان عند {head}، لكن السلسلة لا تضم إلا {count}، حتى السجل {last}: حُذفت سجلات</numerusform>
            <numerusform>سجّل الدفتر %n سجلات تنتهي عند {head}، لكن السلسلة لا تضم إلا {count}، حتى السجل {last}: حُذفت سجلات</numerusform>
            <numerusform>سجّل الدفتر %n سجلًا تنتهي عند {head}، لكن السلسلة لا تضم إلا {count}، حتى السجل {last}: حُذفت سجلات</numerusform>
            <numerusform>سجّل الدفتر %n سجل تنتهي عند {head}، لكن السلسلة لا تضم إلا {count}، حتى السجل {last}: حُذفت سجلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded before texts were chained as commitments had their texts erased on request (first: {first}): each one&apos;s other fields are taken on trust from the event after it, which still chains its hash</source>
        <translation>
            <numerusform>%n سجل سُجّل قبل أن تُسلسَل النصوص كالتزامات مُحيت نصوصه بطلب (الأول: {first}): تُقبل حقوله الأخرى ثقةً بالسجل الذي بعده، فهو ما زال يسلسل بصمته</numerusform>
            <numerusform>%n سجل سُجّل قبل أن تُسلسَل النصوص كالتزامات مُحيت نصوصه بطلب (الأول: {first}): تُقبل حقوله الأخرى ثقةً بالسجل الذي بعده، فهو ما زال يسلسل بصمته</numerusform>
            <numerusform>%n سجل سُجّل قبل أن تُسلسَل النصوص كالتزامات مُحيت نصوصه بطلب (الأول: {first}): تُقبل حقوله الأخرى ثقةً بالسجل الذي بعده، فهو ما زال يسلسل بصمته</numerusform>
            <numerusform>%n سجل سُجّل قبل أن تُسلسَل النصوص كالتزامات مُحيت نصوصه بطلب (الأول: {first}): تُقبل حقوله الأخرى ثقةً بالسجل الذي بعده، فهو ما زال يسلسل بصمته</numerusform>
            <numerusform>%n سجل سُجّل قبل أن تُسلسَل النصوص كالتزامات مُحيت نصوصه بطلب (الأول: {first}): تُقبل حقوله الأخرى ثقةً بالسجل الذي بعده، فهو ما زال يسلسل بصمته</numerusform>
            <numerusform>%n سجل سُجّل قبل أن تُسلسَل النصوص كالتزامات مُحيت نصوصه بطلب (الأول: {first}): تُقبل حقوله الأخرى ثقةً بالسجل الذي بعده، فهو ما زال يسلسل بصمته</numerusform>
        </translation>
    </message>
    <message>
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC): the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>السجل {event} سُجّل في {recorded} UTC، قبل السجل الذي يسبقه ({ahead} UTC): كانت ساعة الحاسوب خاطئة، أو حُمّلت السجلات بغير ترتيبها (ترتيب الدفتر يبقى صحيحًا)</translation>
    </message>
    <message numerus="yes">
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>
            <numerusform>السجل {event} سُجّل في {recorded} UTC، قبل السجل الذي يسبقه ({ahead} UTC)، و%n غيره مثله: كانت ساعة الحاسوب خاطئة، أو حُمّلت السجلات بغير ترتيبها (ترتيب الدفتر يبقى صحيحًا)</numerusform>
            <numerusform>السجل {event} سُجّل في {recorded} UTC، قبل السجل الذي يسبقه ({ahead} UTC)، و%n غيره مثله: كانت ساعة الحاسوب خاطئة، أو حُمّلت السجلات بغير ترتيبها (ترتيب الدفتر يبقى صحيحًا)</numerusform>
            <numerusform>السجل {event} سُجّل في {recorded} UTC، قبل السجل الذي يسبقه ({ahead} UTC)، و%n غيره مثله: كانت ساعة الحاسوب خاطئة، أو حُمّلت السجلات بغير ترتيبها (ترتيب الدفتر يبقى صحيحًا)</numerusform>
            <numerusform>السجل {event} سُجّل في {recorded} UTC، قبل السجل الذي يسبقه ({ahead} UTC)، و%n غيره مثله: كانت ساعة الحاسوب خاطئة، أو حُمّلت السجلات بغير ترتيبها (ترتيب الدفتر يبقى صحيحًا)</numerusform>
            <numerusform>السجل {event} سُجّل في {recorded} UTC، قبل السجل الذي يسبقه ({ahead} UTC)، و%n غيره مثله: كانت ساعة الحاسوب خاطئة، أو حُمّلت السجلات بغير ترتيبها (ترتيب الدفتر يبقى صحيحًا)</numerusform>
            <numerusform>السجل {event} سُجّل في {recorded} UTC، قبل السجل الذي يسبقه ({ahead} UTC)، و%n غيره مثله: كانت ساعة الحاسوب خاطئة، أو حُمّلت السجلات بغير ترتيبها (ترتيب الدفتر يبقى صحيحًا)</numerusform>
        </translation>
    </message>
    <message>
        <source>no words</source>
        <translation>لا كلمات</translation>
    </message>
    <message>
        <source>says both {out} and {in_}: a person decides</source>
        <translation>يقول {out} و{in_} معًا: يقرّر شخص</translation>
    </message>
    <message>
        <source>keyword {word}</source>
        <translation>كلمة مفتاحية {word}</translation>
    </message>
    <message>
        <source>{word} among other words: a person decides</source>
        <translation>{word} بين كلمات أخرى: يقرّر شخص</translation>
    </message>
    <message>
        <source>says {words}: may mean stop; a person decides</source>
        <translation>يقول {words}: قد يعني التوقف؛ يقرّر شخص</translation>
    </message>
    <message>
        <source>keyword {word}: an opt-in once staff confirm</source>
        <translation>كلمة مفتاحية {word}: موافقة بعد تأكيد الموظفين</translation>
    </message>
    <message>
        <source>no opt-out or opt-in words</source>
        <translation>لا كلمات إلغاء ولا اشتراك</translation>
    </message>
    <message>
        <source>would undo the opt-out of {key} on {when} ({how}): an import never opts anyone back in; a new opt-in needs its own evidence</source>
        <translation>سيُبطل إلغاء الاشتراك في {key} بتاريخ {when} ({how}): الاستيراد لا يعيد اشتراك أحد أبدًا؛ الموافقة الجديدة تحتاج دليلها الخاص</translation>
    </message>
    <message>
        <source>form from another print run</source>
        <translation>استمارة من طباعة أخرى</translation>
    </message>
    <message>
        <source>lifts the erasure on request of {day} (the person&apos;s own new consent)</source>
        <translation>يرفع المحو الذي طُلب في {day} (موافقة جديدة من الشخص نفسه)</translation>
    </message>
    <message>
        <source>replied: {message}</source>
        <translation>ردّ: {message}</translation>
    </message>
    <message>
        <source>imported from {file}, row {row}</source>
        <translation>مستورد من {file}، الصف {row}</translation>
    </message>
    <message>
        <source>their method: {method}</source>
        <translation>الطريقة في المصدر: {method}</translation>
    </message>
    <message>
        <source>re-applied after a restore from {file}: event {event}, recorded {recorded}</source>
        <translation>أُعيد تطبيقه بعد الاستعادة من {file}: السجل {event}، سُجّل في {recorded}</translation>
    </message>
    <message numerus="yes">
        <source>the connection to the database server was lost part way through the import: %n of {total} rows (was|were) recorded before it and (is|are) kept; check the network and the server, then run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>انقطع الاتصال بخادم قاعدة البيانات في أثناء الاستيراد: الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ تحقّق من الشبكة والخادم، ثم شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>انقطع الاتصال بخادم قاعدة البيانات في أثناء الاستيراد: الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ تحقّق من الشبكة والخادم، ثم شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>انقطع الاتصال بخادم قاعدة البيانات في أثناء الاستيراد: الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ تحقّق من الشبكة والخادم، ثم شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>انقطع الاتصال بخادم قاعدة البيانات في أثناء الاستيراد: الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ تحقّق من الشبكة والخادم، ثم شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>انقطع الاتصال بخادم قاعدة البيانات في أثناء الاستيراد: الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ تحقّق من الشبكة والخادم، ثم شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>انقطع الاتصال بخادم قاعدة البيانات في أثناء الاستيراد: الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ تحقّق من الشبكة والخادم، ثم شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the import stopped part way through ({detail}): %n of {total} rows (was|were) recorded before it and (is|are) kept; once that is put right, run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>توقّف الاستيراد في منتصفه ({detail}): الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ بعد إصلاح ذلك، شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>توقّف الاستيراد في منتصفه ({detail}): الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ بعد إصلاح ذلك، شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>توقّف الاستيراد في منتصفه ({detail}): الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ بعد إصلاح ذلك، شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>توقّف الاستيراد في منتصفه ({detail}): الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ بعد إصلاح ذلك، شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>توقّف الاستيراد في منتصفه ({detail}): الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ بعد إصلاح ذلك، شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
            <numerusform>توقّف الاستيراد في منتصفه ({detail}): الصفوف المسجّلة قبل ذلك والمحفوظة: %n من {total}؛ بعد إصلاح ذلك، شغّل الاستيراد نفسه مرة أخرى: سيضيف الصفوف الناقصة فقط</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation>{reason}؛ {note}</translation>
    </message>
    <message>
        <source>warning: WhatsApp could not deliver to this number on {day} (131026 {title}: often not on WhatsApp)</source>
        <translation>تحذير: لم يتمكن واتساب من التوصيل إلى هذا الرقم في {day} (131026 {title}: غالبًا لا يستخدم واتساب)</translation>
    </message>
    <message>
        <source>--report and --allowed need the number of a check</source>
        <translation>يحتاج ‎--report‎ و‎--allowed‎ إلى رقم فحص</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form, and the file has no serial column: add one (serial) with the serial printed on each form</source>
        <translation>الاشتراك باستمارة ورقية يذكر استمارته، والملف ليس فيه عمود للرقم التسلسلي: أضف عمودًا (serial) فيه الرقم التسلسلي المطبوع على كل استمارة</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: fill in the serial printed on it</source>
        <translation>الاشتراك باستمارة ورقية يذكر استمارته: املأ الرقم التسلسلي المطبوع عليها</translation>
    </message>
    <message>
        <source>form serial {serial} looks like one of this shop&apos;s serials (XXXX-XXXX-C), mistyped: look at the form again</source>
        <translation>الرقم التسلسلي {serial} يشبه أرقام هذا المتجر (XXXX-XXXX-C) لكنه مكتوب خطأ: انظر إلى الاستمارة مرة أخرى</translation>
    </message>
    <message>
        <source>form {serial} is already entered for another person (entry #{entry})</source>
        <translation>الاستمارة {serial} مُدخلة من قبل لشخص آخر (القيد رقم {entry})</translation>
    </message>
    <message>
        <source>form {serial} is on row {row} too, for another number</source>
        <translation>الاستمارة {serial} موجودة في الصف {row} أيضًا، لرقم آخر</translation>
    </message>
    <message>
        <source>--key is neither a public key (base64 of 32 bytes) nor a fingerprint (64 hex digits)</source>
        <translation>قيمة --key ليست مفتاحًا عامًا (base64 لـ 32 بايت) ولا بصمة (64 رقمًا ست عشريًا)</translation>
    </message>
    <message>
        <source>{path} cannot be read as a proof JSON ({reason})</source>
        <translation>تتعذّر قراءة {path} كإثبات JSON ({reason})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>{serial} is mistyped: its check symbol does not match; look at the form again</source>
        <translation>{serial} مكتوب خطأ: رمز التحقّق فيه لا يطابق؛ انظر إلى الاستمارة مرة أخرى</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} ليس رقمًا تسلسليًا طبعه هذا المتجر (شكلها XXXX-XXXX-C): انظر إلى الاستمارة مرة أخرى، أو حدّد «نموذج من طباعة أخرى» إن كان المتجر قد طبعها في مكان آخر</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} لم يُطبع هنا قط: انظر إلى الاستمارة مرة أخرى، أو حدّد «نموذج من طباعة أخرى» إن كان المتجر قد طبعها في مكان آخر</translation>
    </message>
    <message>
        <source>{serial}: a form from another print run; kept as the form&apos;s reference, with a note</source>
        <translation>{serial}: استمارة من طباعة أخرى؛ يُحفظ كمرجع للاستمارة، مع ملاحظة</translation>
    </message>
    <message>
        <source>form {serial} is already entered: {who}, signed {day} (entry #{entry})</source>
        <translation>الاستمارة {serial} مُدخلة من قبل: {who}، وُقّعت في {day} (السجل رقم {entry})</translation>
    </message>
    <message>
        <source>form {serial}: {language} wording v{version}, printed {day}</source>
        <translation>الاستمارة {serial}: النص {language} الإصدار {version}، طُبعت في {day}</translation>
    </message>
    <message>
        <source>a paper form needs its serial: type the one printed at the top of the form (a form the shop printed elsewhere: type the number it carries and tick “Form from another print run”)</source>
        <translation>الاستمارة الورقية تحتاج إلى رقمها التسلسلي: اكتب الرقم المطبوع أعلى الاستمارة (استمارة طبعها المتجر في مكان آخر: اكتب الرقم الذي تحمله وحدّد «نموذج من طباعة أخرى»)</translation>
    </message>
    <message>
        <source>an erased person</source>
        <translation>شخص محذوف</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} ليس رقمًا تسلسليًا طبعه هذا المتجر (شكلها XXXX-XXXX-C): انظر إلى الاستمارة مرة أخرى، أو أعطِ --other-print-run إن كان المتجر قد طبعها في مكان آخر</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} لم يُطبع هنا قط: انظر إلى الاستمارة مرة أخرى، أو أعطِ --other-print-run إن كان المتجر قد طبعها في مكان آخر</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>the proof has no anchor section (made before proofs were anchored?)</source>
        <translation>لا يحتوي الإثبات على قسم التثبيت (صُنع قبل أن تُثبَّت الإثباتات؟)</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is damaged: {reason}</source>
        <translation>نقطة التحقّق في الإثبات تالفة: {reason}</translation>
    </message>
    <message>
        <source>the consent record around the events was altered: its elements (record id, purposes, controller, retention, ...) no longer give the sha256 the shop signed</source>
        <translation>سجل الموافقة المحيط بالسجلات عُدّل: عناصره (معرّف السجل، الأغراض، المسؤول عن البيانات، مدة الاحتفاظ، ...) لم تعد تعطي بصمة sha256 التي وقّعها المتجر</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is not signed: nothing ties it to the shop&apos;s key</source>
        <translation>نقطة التحقّق في الإثبات غير موقّعة: لا شيء يربطها بمفتاح المتجر</translation>
    </message>
    <message>
        <source>the proof is signed by key {found}, not by the key given ({given})</source>
        <translation>الإثبات موقّع بالمفتاح {found}، لا بالمفتاح المعطى ({given})</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature does not match its contents: it was altered</source>
        <translation>توقيع نقطة التحقّق لا يطابق محتواها: لقد عُدّلت</translation>
    </message>
    <message>
        <source>the signed list of the person&apos;s events does not match the proof: an event was removed, added or replaced, or the signed sha256 of the record around them was changed</source>
        <translation>القائمة الموقّعة لسجلات الشخص لا تطابق الإثبات: أُزيل سجل أو أُضيف أو استُبدل، أو تغيّرت بصمة sha256 الموقّعة للسجل المحيط بها</translation>
    </message>
    <message>
        <source>event {event}: its anchor entry is damaged ({reason})</source>
        <translation>السجل {event}: قيد التثبيت الخاص به تالف ({reason})</translation>
    </message>
    <message>
        <source>event {event}: its chained fields do not give its hash: a field was altered</source>
        <translation>السجل {event}: حقوله المتسلسلة لا تعطي بصمته: عُدّل أحد الحقول</translation>
    </message>
    <message>
        <source>event {event}: its texts and salt do not give the commitment it chained: a text was altered</source>
        <translation>السجل {event}: نصوصه وملحه لا تعطي الالتزام المتسلسل: عُدّل أحد النصوص</translation>
    </message>
    <message>
        <source>event {event}: its inclusion proof does not lead to the checkpoint&apos;s root: it is not in the ledger the checkpoint signs</source>
        <translation>السجل {event}: إثبات تضمينه لا يقود إلى جذر نقطة التحقّق: إنه ليس في الدفتر الذي توقّعه نقطة التحقّق</translation>
    </message>
    <message>
        <source>the proof lists events {shown} but anchors {anchored}: an event was removed or added</source>
        <translation>يعرض الإثبات السجلات {shown} لكنه يثبّت {anchored}: حُذف سجل أو أُضيف</translation>
    </message>
    <message>
        <source>event {event}: its {field} differs from the chained record: it was altered</source>
        <translation>السجل {event}: الحقل {field} يختلف عن السجل المتسلسل: لقد عُدّل</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n (event recomputes to its hash and is|events recompute to their hashes and are) in the {ledger} signed on {made} by key {key}</source>
        <translation>
            <numerusform>سليم: لا سجلات في الإثبات؛ {ledger} وقّعه المفتاح {key} في {made}</numerusform>
            <numerusform>سليم: سجل واحد يعطي بصمته من جديد وهو في {ledger} وقّعه المفتاح {key} في {made}</numerusform>
            <numerusform>سليم: سجلان يعطيان بصمتيهما من جديد وهما في {ledger} وقّعه المفتاح {key} في {made}</numerusform>
            <numerusform>سليم: %n سجلات تعطي بصماتها من جديد وهي في {ledger} وقّعه المفتاح {key} في {made}</numerusform>
            <numerusform>سليم: %n سجلًا تعطي بصماتها من جديد وهي في {ledger} وقّعه المفتاح {key} في {made}</numerusform>
            <numerusform>سليم: %n سجل تعطي بصماتها من جديد وهي في {ledger} وقّعه المفتاح {key} في {made}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger of %n event(s)</source>
        <translation>
            <numerusform>دفتر بلا سجلات</numerusform>
            <numerusform>دفتر من سجل واحد</numerusform>
            <numerusform>دفتر من سجلين</numerusform>
            <numerusform>دفتر من %n سجلات</numerusform>
            <numerusform>دفتر من %n سجلًا</numerusform>
            <numerusform>دفتر من %n سجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>سُلّمت</translation>
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
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>كل رسالة جماعية: ما آلت إليه، وإلغاءات الاشتراك خلال 7 أيام</translation>
    </message>
    <message>
        <source>No broadcast recorded as sent yet.</source>
        <translation>لم يُسجَّل أي بث كمُرسَل بعد.</translation>
    </message>
    <message>
        <source>Nobody has opted in yet.</source>
        <translation>لم يشترك أحد بعد.</translation>
    </message>
    <message>
        <source>{percent}% of {people}</source>
        <translation>{percent}% من {people}</translation>
    </message>
    <message>
        <source>first opt-in by {method}</source>
        <translation>أول اشتراك بطريقة «{method}»</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number (from WhatsApp Manager)</source>
        <translation>تقييم جودة كل رقم واتساب، بحسب WhatsApp Manager</translation>
    </message>
    <message>
        <source>No quality reading entered yet.</source>
        <translation>لم تُدخَل أي قراءة جودة بعد.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <source>What came of your WhatsApp messages · {shop}</source>
        <translation>نتائج رسائل واتساب الخاصة بك · {shop}</translation>
    </message>
    <message>
        <source>Quality report · {shop}</source>
        <translation>تقرير الجودة · {shop}</translation>
    </message>
    <message>
        <source>Made {when} by OptIn Desk</source>
        <translation>أُعدّ في {when} بواسطة OptIn Desk</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>لا شيء يحتاج إلى انتباهك.</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>نسبة إلغاء الاشتراك حسب طريقة الاشتراك</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>نسبة إلغاء الاشتراك حسب إصدار النص الموقّع</translation>
    </message>
</context>
<context>
    <name>RecordsProblem</name>
    <message>
        <source>The database server refused the user name or password this computer uses. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>رفض خادم قاعدة البيانات اسم المستخدم أو كلمة المرور التي يستخدمها هذا الحاسوب. لم يُسجّل شيء. اطلب العنوان الصحيح ممن أعدّ الخادم.</translation>
    </message>
    <message>
        <source>The database server has no records of that name. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>لا توجد على خادم قاعدة البيانات بيانات بهذا الاسم. لم يُسجّل شيء. اطلب العنوان الصحيح ممن أعدّ الخادم.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost in the middle. The server keeps a save whole or not at all: check the network, then try again.</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات في المنتصف. يحفظ الخادم كل شيء أو لا شيء: تحقّق من الشبكة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is switched on and that this computer is on the network, then try again. Nothing was recorded.</source>
        <translation>يتعذّر الوصول إلى خادم قاعدة البيانات. تحقّق من أنه مشغّل وأن هذا الحاسوب على الشبكة، ثم حاول مرة أخرى. لم يُسجّل شيء.</translation>
    </message>
    <message>
        <source>This computer&apos;s database role may not do that: setting up or upgrading the tables, and restoring, are for the records&apos; owner role. Nothing was recorded.</source>
        <translation>دور قاعدة البيانات على هذا الحاسوب لا يُسمح له بذلك: إعداد الجداول أو ترقيتها، والاستعادة، من مهام دور مالك البيانات. لم يُسجّل شيء.</translation>
    </message>
    <message>
        <source>The records are being restored from a backup. Nothing was recorded: try again in a moment.</source>
        <translation>تجري استعادة البيانات من نسخة احتياطية. لم يُسجّل شيء: حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The records are busy with another program. Nothing was lost: wait a moment and try again.</source>
        <translation>البيانات مشغولة ببرنامج آخر. لم يضع شيء: انتظر قليلًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was recorded.</source>
        <translation>القرص ممتلئ. حرّر بعض المساحة، ثم حاول مرة أخرى؛ لم يُسجّل شيء.</translation>
    </message>
    <message>
        <source>The records file cannot be written. Check that the folder is writable.</source>
        <translation>لا يمكن الكتابة في ملف البيانات. تحقّق من إمكانية الكتابة في المجلد.</translation>
    </message>
    <message>
        <source>The records file cannot be opened. Check that the folder still exists.</source>
        <translation>يتعذّر فتح ملف البيانات. تحقّق من أن المجلد ما زال موجودًا.</translation>
    </message>
    <message>
        <source>This file is not an OptIn Desk database. Nothing was recorded.</source>
        <translation>هذا الملف ليس قاعدة بيانات OptIn Desk. لم يُسجّل شيء.</translation>
    </message>
    <message>
        <source>The records could not be saved (%s). Nothing was recorded; try again.</source>
        <translation>تعذّر حفظ البيانات (%s). لم يُسجّل شيء؛ حاول مرة أخرى.</translation>
    </message>
</context>
</TS>
