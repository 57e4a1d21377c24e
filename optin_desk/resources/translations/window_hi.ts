<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>CategoryLanguageEditor</name>
    <message>
        <source>Kinds of messages in each language</source>
        <translation>हर भाषा में मैसेज के प्रकार</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>मैसेज का प्रकार</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Save this &amp;language</source>
        <translation>यह भाषा सेव करें (&amp;L)</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>भाषा (&amp;N):</translation>
    </message>
    <message>
        <source>%s (not saved yet)</source>
        <translation>%s (अभी सेव नहीं)</translation>
    </message>
    <message>
        <source>Not saved in this language yet: %s. Forms in it print them in the shop&apos;s language until you save.</source>
        <translation>इस भाषा में अभी सेव नहीं: %s. जब तक आप सेव नहीं करते, इस भाषा के फ़ॉर्म इन्हें दुकान की भाषा में छापेंगे।</translation>
    </message>
    <message>
        <source>Every kind of message has its text in this language.</source>
        <translation>हर प्रकार के मैसेज का टेक्स्ट इस भाषा में है।</translation>
    </message>
    <message>
        <source>Saving the kinds of messages</source>
        <translation>मैसेज के प्रकार सेव हो रहे हैं</translation>
    </message>
    <message>
        <source>Save the kinds of messages</source>
        <translation>मैसेज के प्रकार सेव करें</translation>
    </message>
    <message>
        <source>Kinds of messages saved in %s (wording v%d)</source>
        <translation>मैसेज के प्रकार %s में सेव हुए (शब्दावली v%d)</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>A saved kind of message keeps its kind: the consent people gave was for service or for marketing messages. To change it, archive this one and add a new one.</source>
        <translation>सेव किया गया मैसेज का प्रकार अपना प्रकार नहीं बदलता: लोगों ने सर्विस या मार्केटिंग मैसेज के लिए सहमति दी थी। बदलने के लिए इसे आर्काइव करें और नया जोड़ें।</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>आर्काइव</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>लिस्ट खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>लिस्ट पेस्ट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Open a list, drop a file here, or paste one.</source>
        <translation>लिस्ट खोलें, फ़ाइल यहाँ छोड़ें, या पेस्ट करें।</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>शीट</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>जाँचें (&amp;C)</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>रद्द करें (&amp;L)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>सभी पंक्तियाँ</translation>
    </message>
    <message>
        <source>Show verdict</source>
        <translation>फ़ैसला दिखाएँ</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>रिपोर्ट सेव करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Save &amp;allowed list…</source>
        <translation>अनुमति वाली लिस्ट सेव करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>भेजा हुआ दर्ज करें (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>शीट (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Numbers in column:</source>
        <translation>नंबर इस कॉलम में (&amp;N):</translation>
    </message>
    <message>
        <source>Na&amp;mes in column:</source>
        <translation>नाम इस कॉलम में (&amp;M):</translation>
    </message>
    <message>
        <source>Kind of &amp;message:</source>
        <translation>मैसेज का प्रकार (&amp;K):</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>दिखाएँ:</translation>
    </message>
    <message>
        <source>No list checked yet. Paste a list of numbers or open a file, then check it: every row gets its verdict here.</source>
        <translation>अभी कोई लिस्ट नहीं जाँची गई। नंबरों की लिस्ट पेस्ट करें या फ़ाइल खोलें, फिर जाँचें: हर पंक्ति का फ़ैसला यहाँ दिखेगा।</translation>
    </message>
    <message>
        <source>No row has this verdict. Choose “All rows” to see every row.</source>
        <translation>किसी पंक्ति का यह फ़ैसला नहीं है। सब देखने के लिए “सभी पंक्तियाँ” चुनें।</translation>
    </message>
    <message>
        <source>Open a recipient list</source>
        <translation>पाने वालों की लिस्ट खोलें</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the numbers first.</source>
        <translation>क्लिपबोर्ड में कोई टेक्स्ट नहीं: पहले नंबर कॉपी करें।</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>पेस्ट किया गया टेक्स्ट</translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation>%s पढ़ा नहीं जा सका: %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n records</source>
        <translation>
            <numerusform>%1 — %n रिकॉर्ड</numerusform>
            <numerusform>%1 — %n रिकॉर्ड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>जाँच %1: %3 के लिए %2 की %n पंक्ति।</numerusform>
            <numerusform>जाँच %1: %3 के लिए %2 की %n पंक्तियाँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</source>
        <translation>
            <numerusform>आख़िरी रखी गई जाँच, %1: %3 के लिए %2 की %n पंक्ति, %4 को भेजी गई दर्ज। दूसरी सूची जाँचने के लिए कोई सूची खोलें या चिपकाएँ।</numerusform>
            <numerusform>आख़िरी रखी गई जाँच, %1: %3 के लिए %2 की %n पंक्तियाँ, %4 को भेजी गई दर्ज। दूसरी सूची जाँचने के लिए कोई सूची खोलें या चिपकाएँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.</source>
        <translation>
            <numerusform>आख़िरी रखी गई जाँच, %1: %3 के लिए %2 की %n पंक्ति। दूसरी सूची जाँचने के लिए कोई सूची खोलें या चिपकाएँ।</numerusform>
            <numerusform>आख़िरी रखी गई जाँच, %1: %3 के लिए %2 की %n पंक्तियाँ। दूसरी सूची जाँचने के लिए कोई सूची खोलें या चिपकाएँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.</source>
        <translation>
            <numerusform>जाँच %1, %5 को रखी गई: %3 के लिए %2 की %n पंक्ति, %4 को भेजी गई दर्ज।</numerusform>
            <numerusform>जाँच %1, %5 को रखी गई: %3 के लिए %2 की %n पंक्तियाँ, %4 को भेजी गई दर्ज।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>जाँच %1, %5 को रखी गई: %3 के लिए %2 की %n पंक्ति।</numerusform>
            <numerusform>जाँच %1, %5 को रखी गई: %3 के लिए %2 की %n पंक्तियाँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n rows: %1 may be sent to</source>
        <translation>
            <numerusform>%n पंक्ति जाँची: %1 को भेज सकते हैं</numerusform>
            <numerusform>%n पंक्तियाँ जाँचीं: %1 को भेज सकते हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n people as sent a “%1” message now?</source>
        <translation>
            <numerusform>%n व्यक्ति को अभी “%1” मैसेज भेजा हुआ दर्ज करें?</numerusform>
            <numerusform>%n लोगों को अभी “%1” मैसेज भेजा हुआ दर्ज करें?</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>वह कॉलम चुनें जिसमें फ़ोन नंबर हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>%n पंक्ति जाँची जा रही है…</numerusform>
            <numerusform>%n पंक्तियाँ जाँची जा रही हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n need an opt-out option</source>
        <translation>
            <numerusform> — %n को ऑप्ट-आउट का विकल्प चाहिए</numerusform>
            <numerusform> — %n को ऑप्ट-आउट का विकल्प चाहिए</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was kept.</source>
        <translation>जाँच रद्द हुई; कुछ नहीं रखा गया।</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>रिपोर्ट सेव करें</translation>
    </message>
    <message>
        <source>Save the allowed list</source>
        <translation>अनुमति वाली लिस्ट सेव करें</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>भेजा हुआ दर्ज करें</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n messages as sent</source>
        <translation>
            <numerusform>%n मैसेज भेजा हुआ दर्ज किया</numerusform>
            <numerusform>%n मैसेज भेजे हुए दर्ज किए</numerusform>
        </translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>%n पंक्ति %1 में लिखी</numerusform>
            <numerusform>%n पंक्तियाँ %1 में लिखीं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp नंबर</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>आख़िरी बदलाव</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name or number, in any format</source>
        <translation>नाम या नंबर से खोजें, किसी भी तरह लिखा हो</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>संपर्क खोजें</translation>
    </message>
    <message>
        <source>History of the selected contact</source>
        <translation>चुने गए संपर्क का इतिहास</translation>
    </message>
    <message>
        <source>New o&amp;pt-in…</source>
        <translation>नया ऑप्ट-इन (&amp;P)…</translation>
    </message>
    <message>
        <source>Record opt-&amp;out…</source>
        <translation>ऑप्ट-आउट दर्ज करें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation>एंट्री रद्द करें (&amp;V)…</translation>
    </message>
    <message>
        <source>Open s&amp;can</source>
        <translation>स्कैन खोलें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>कहने पर मिटाएँ (&amp;E)…</translation>
    </message>
    <message>
        <source>P&amp;roof of consent…</source>
        <translation>सहमति का सबूत (&amp;R)…</translation>
    </message>
    <message>
        <source>Pre-filled &amp;form</source>
        <translation>पहले से भरा फ़ॉर्म (&amp;F)</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>दर्ज करने वाला:</translation>
    </message>
    <message>
        <source>Choose a contact to see their history.</source>
        <translation>इतिहास देखने के लिए कोई संपर्क चुनें।</translation>
    </message>
    <message>
        <source>Proof of consent</source>
        <translation>सहमति का सबूत</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s (ledger head %s…)</source>
        <translation>सहमति का सबूत %s में सेव हुआ (लेजर हेड %s…)</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s, its JSON proof to %s (ledger head %s…)</source>
        <translation>सहमति का प्रमाण %s में सहेजा गया, उसका JSON प्रमाण %s में (लेजर हैश %s…)</translation>
    </message>
    <message>
        <source>Void entry #%d</source>
        <translation>एंट्री #%d रद्द करें</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>यह एंट्री ग़लत क्यों है? (रिकॉर्ड के साथ रखा जाता है)</translation>
    </message>
    <message>
        <source>Voiding an opt-out</source>
        <translation>ऑप्ट-आउट रद्द करना</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>एंट्री रद्द करें</translation>
    </message>
    <message>
        <source>Voided entry #%d: %s</source>
        <translation>एंट्री #%d रद्द की: %s</translation>
    </message>
    <message>
        <source>Erase %s on their request?

Their name, number and scans are removed for good. The consent history stays (without them), and the number stays blocked from broadcasts.</source>
        <translation>%s को उनके कहने पर मिटाएँ?

उनका नाम, नंबर और स्कैन हमेशा के लिए हट जाएँगे। सहमति का इतिहास (उनके बिना) रहेगा, और नंबर ब्रॉडकास्ट से रुका रहेगा।</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>कहने पर मिटाएँ</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>व्यक्ति को मिटाना</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Erased on request; the number stays blocked</source>
        <translation>कहने पर मिटाया; नंबर रुका रहेगा</translation>
    </message>
    <message>
        <source> (wiping the freed space failed: %s)</source>
        <translation> (खाली जगह साफ़ नहीं हो सकी: %s)</translation>
    </message>
    <message>
        <source> (still readable in the file until the other reader closes)</source>
        <translation> (दूसरा पढ़ने वाला बंद होने तक फ़ाइल में अब भी पढ़ा जा सकता है)</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file while a page of this window is still reading it. Try again to finish?</source>
        <translation>व्यक्ति रिकॉर्ड से मिटा दिया गया, पर जब तक इस विंडो का कोई पेज फ़ाइल पढ़ रहा है, तब तक वह फ़ाइल में पढ़ा जा सकता है। पूरा करने के लिए फिर कोशिश करें?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but the server keeps their old row versions while another computer has a transaction open. Try again to finish?</source>
        <translation>व्यक्ति रिकॉर्ड से मिटा दिया गया, पर जब तक किसी दूसरे कंप्यूटर का ट्रांज़ैक्शन खुला है, सर्वर उनकी पंक्तियों के पुराने वर्ज़न रखता है। पूरा करने के लिए फिर कोशिश करें?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file until another program that has it open (another OptIn Desk window, or another process) closes it. Close it, then try again to finish?</source>
        <translation>व्यक्ति रिकॉर्ड से मिटा दिया गया, पर जब तक फ़ाइल को खोले हुए दूसरा प्रोग्राम (दूसरी OptIn Desk विंडो, या कोई और प्रोसेस) उसे बंद नहीं करता, तब तक वह फ़ाइल में पढ़ा जा सकता है। उसे बंद करें, फिर पूरा करने के लिए दोबारा कोशिश करें?</translation>
    </message>
    <message numerus="yes">
        <source>Backups of the records still hold this person: %n backups known to this program. Erase them from those backups too (each is rewritten and checked)?</source>
        <translation>
            <numerusform>रिकॉर्ड के बैकअप में यह व्यक्ति अब भी है: इस प्रोग्राम की जानकारी में %n बैकअप है। उस बैकअप से भी मिटाएँ (हर बैकअप दोबारा लिखकर जाँचा जाता है)?</numerusform>
            <numerusform>रिकॉर्ड के बैकअप में यह व्यक्ति अब भी है: इस प्रोग्राम की जानकारी में %n बैकअप हैं। उन बैकअप से भी मिटाएँ (हर बैकअप दोबारा लिखकर जाँचा जाता है)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from backups</source>
        <translation>बैकअप से मिटाएँ</translation>
    </message>
    <message>
        <source>Erased on request; the backups still hold the person</source>
        <translation>कहने पर मिटाया; बैकअप में व्यक्ति अब भी है</translation>
    </message>
    <message numerus="yes">
        <source>Erased on request, and from %n backups.</source>
        <translation>
            <numerusform>कहने पर मिटाया, और %n बैकअप से भी।</numerusform>
            <numerusform>कहने पर मिटाया, और %n बैकअप से भी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups that could not be rewritten.</source>
        <translation>
            <numerusform>%n बैकअप हटाया जो दोबारा लिखा नहीं जा सका।</numerusform>
            <numerusform>%n बैकअप हटाए जो दोबारा लिखे नहीं जा सके।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups could not be rewritten and still hold the person:

%1

Delete them? (A backup whose folder is not there is kept either way.)</source>
        <translation>
            <numerusform>%n बैकअप दोबारा लिखा नहीं जा सका और उसमें व्यक्ति अब भी है:

%1

उसे हटाएँ? (जिस बैकअप का फ़ोल्डर मौजूद नहीं, वह हर हाल में रखा जाता है।)</numerusform>
            <numerusform>%n बैकअप दोबारा लिखे नहीं जा सके और उनमें व्यक्ति अब भी है:

%1

उन्हें हटाएँ? (जिस बैकअप का फ़ोल्डर मौजूद नहीं, वह हर हाल में रखा जाता है।)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>स्कैन खोलें</translation>
    </message>
    <message>
        <source>The scan is missing from %s. Restore the evidence folder from a backup.</source>
        <translation>स्कैन %s में नहीं है। बैकअप से सबूत वाला फ़ोल्डर वापस लाएँ।</translation>
    </message>
    <message>
        <source>No one matches “%1”. Check the spelling or the number, or type them in on the Sign-ups page.</source>
        <translation>“%1” से कोई मेल नहीं खाता। स्पेलिंग या नंबर जाँचें, या उन्हें साइन-अप पेज पर दर्ज करें।</translation>
    </message>
    <message>
        <source>No one is on file yet. Type in a signed form or a yes given in person on the Sign-ups page, and they appear here.</source>
        <translation>अभी कोई रिकॉर्ड में नहीं है। साइन-अप पेज पर साइन किया फ़ॉर्म या सामने दी गई हाँ दर्ज करें, वे यहाँ दिखेंगे।</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>Reading the figures</source>
        <translation>आँकड़े पढ़े जा रहे हैं</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>पढ़ना रोकें (&amp;S)</translation>
    </message>
    <message>
        <source>Reading the figures from the records…</source>
        <translation>रिकॉर्ड से आँकड़े पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>आँकड़े पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Stopped: the figures were not read. Open the page again to read them.</source>
        <translation>रोका गया: आँकड़े नहीं पढ़े गए। उन्हें पढ़ने के लिए पेज फिर से खोलें।</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n घंटा</numerusform>
            <numerusform>%n घंटे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Recorded</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>इंतज़ार</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp नंबर</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>What stops</source>
        <translation>क्या रुकता है</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>पुष्टि</translation>
    </message>
    <message>
        <source>No confirmation waits: every opt-out recorded here was confirmed. When you log a STOP, its confirmation waits here until you mark it sent.</source>
        <translation>कोई पुष्टि बाकी नहीं: यहाँ दर्ज हर ऑप्ट-आउट की पुष्टि हो चुकी है। जब आप STOP दर्ज करते हैं, उसकी पुष्टि यहाँ तब तक रहती है जब तक आप उसे भेजी हुई नहीं मानते।</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>पुष्टि कॉपी करें</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>WhatsApp में खोलें</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>भेजी हुई मानें (&amp;M)</translation>
    </message>
    <message>
        <source>Export suppression list…</source>
        <translation>रोक-लिस्ट एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Opt-outs whose confirmation is not marked sent, oldest first:</source>
        <translation>ऑप्ट-आउट जिनकी पुष्टि भेजी हुई नहीं मानी गई, सबसे पुराने पहले:</translation>
    </message>
    <message>
        <source>Confirmation copied</source>
        <translation>पुष्टि कॉपी हुई</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>भेजी हुई मानें</translation>
    </message>
    <message>
        <source>Confirmation to %s marked sent</source>
        <translation>%s को पुष्टि भेजी हुई मानी गई</translation>
    </message>
    <message>
        <source>Exporting the suppression list</source>
        <translation>रोक-लिस्ट एक्सपोर्ट हो रही है</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>रोक-लिस्ट एक्सपोर्ट करें</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs written to %1</source>
        <translation>
            <numerusform>%n ऑप्ट-आउट %1 में लिखा</numerusform>
            <numerusform>%n ऑप्ट-आउट %1 में लिखे</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>a customer&apos;s number, for a pre-filled form</source>
        <translation>ग्राहक का नंबर, पहले से भरे फ़ॉर्म के लिए</translation>
    </message>
    <message>
        <source>&amp;Make the forms</source>
        <translation>फ़ॉर्म बनाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>ऐसे सेव करें (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>छपे</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>फ़ॉर्म</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>शब्दावली</translation>
    </message>
    <message>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>वापस आए</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>No forms printed yet. Choose how many above and press Make the forms: each printing is listed here with how many came back.</source>
        <translation>अभी कोई फ़ॉर्म नहीं छपा। ऊपर संख्या चुनें और फ़ॉर्म बनाएँ दबाएँ: हर छपाई यहाँ दिखेगी, कितने वापस आए उसके साथ।</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>कितने (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>काग़ज़ (&amp;A):</translation>
    </message>
    <message>
        <source>Pre-&amp;filled for:</source>
        <translation>पहले से भरा, इनके लिए (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>किसने (&amp;B):</translation>
    </message>
    <message numerus="yes">
        <source>%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: the batch is recorded then.</source>
        <translation>
            <numerusform>%n फ़ॉर्म तैयार (%1 शब्दावली v%2): सीरियल %3 से %4। इसे सेव या प्रिंट करें: तभी बैच दर्ज होगा।</numerusform>
            <numerusform>%n फ़ॉर्म तैयार (%1 शब्दावली v%2): सीरियल %3 से %4। इन्हें सेव या प्रिंट करें: तभी बैच दर्ज होगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Each form gets its own serial, printed and in a QR code. When a signed form comes back, type its serial on the Sign-ups page: the sign-up is linked to the wording printed on it.</source>
        <translation>हर फ़ॉर्म का अपना सीरियल होता है, छपा हुआ और QR कोड में। जब साइन किया फ़ॉर्म वापस आए, उसका सीरियल साइन-अप पेज पर लिखें: साइन-अप उस पर छपी शब्दावली से जुड़ जाता है।</translation>
    </message>
    <message>
        <source>Printed batches:</source>
        <translation>छपे बैच:</translation>
    </message>
    <message>
        <source>A sample page: each form you make carries its own serial here.</source>
        <translation>नमूना पेज: आपके बनाए हर फ़ॉर्म पर यहाँ उसका अपना सीरियल होगा।</translation>
    </message>
    <message>
        <source>No sample page could be made: %1</source>
        <translation>नमूना पेज नहीं बन सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>Making %n forms…</source>
        <translation>
            <numerusform>%n फ़ॉर्म बन रहा है…</numerusform>
            <numerusform>%n फ़ॉर्म बन रहे हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Make forms</source>
        <translation>फ़ॉर्म बनाएँ</translation>
    </message>
    <message>
        <source>Cancelled: no forms were made and no serials used.</source>
        <translation>रद्द हुआ: कोई फ़ॉर्म नहीं बना और कोई सीरियल इस्तेमाल नहीं हुआ।</translation>
    </message>
    <message>
        <source>Record the batch</source>
        <translation>बैच दर्ज करें</translation>
    </message>
    <message>
        <source>Save the forms</source>
        <translation>फ़ॉर्म सेव करें</translation>
    </message>
    <message>
        <source>Forms saved to %s</source>
        <translation>फ़ॉर्म %s में सेव हुए</translation>
    </message>
    <message>
        <source>Forms sent to the printer</source>
        <translation>फ़ॉर्म प्रिंटर को भेजे गए</translation>
    </message>
</context>
<context>
    <name>KeptChecksBox</name>
    <message>
        <source>Checks kept</source>
        <translation>रखी गई जाँचें</translation>
    </message>
    <message>
        <source>Show a check kept earlier, with its rows as they were judged</source>
        <translation>पहले रखी गई कोई जाँच दिखाएँ, उसकी पंक्तियाँ जैसे उन्हें परखा गया था</translation>
    </message>
    <message numerus="yes">
        <source>Checks kept: %n</source>
        <translation>
            <numerusform>रखी गई जाँचें: %n</numerusform>
            <numerusform>रखी गई जाँचें: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n पंक्ति</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>%1 को भेजी गई</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Paper form</source>
        <translation>काग़ज़ का फ़ॉर्म</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>सामने</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>फ़ोन कॉल</translation>
    </message>
    <message>
        <source>Phone menu (IVR)</source>
        <translation>फ़ोन मेन्यू (IVR)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>वेबसाइट</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>In a WhatsApp chat</source>
        <translation>WhatsApp चैट में</translation>
    </message>
    <message>
        <source>At the till / checkout</source>
        <translation>काउंटर / बिलिंग पर</translation>
    </message>
    <message>
        <source>Sign-up form</source>
        <translation>साइन-अप फ़ॉर्म</translation>
    </message>
    <message>
        <source>Click-to-WhatsApp ad</source>
        <translation>Click-to-WhatsApp विज्ञापन</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>इंपोर्ट किया</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>WhatsApp जवाब</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>चिट्ठी</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>WhatsApp का स्टॉप बटन</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>ऑप्ट-इन किया</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>ऑप्ट-आउट किया</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>ऑप्ट-इन किया</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>ऑप्ट-आउट किया</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>सहमति नहीं</translation>
    </message>
    <message>
        <source>✓ opted in</source>
        <translation>✓ ऑप्ट-इन किया</translation>
    </message>
    <message>
        <source>✗ opted out</source>
        <translation>✗ ऑप्ट-आउट किया</translation>
    </message>
    <message>
        <source>– none</source>
        <translation>– कुछ नहीं</translation>
    </message>
    <message>
        <source>service</source>
        <translation>सर्विस</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>मार्केटिंग</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>सभी मैसेज</translation>
    </message>
    <message>
        <source>all marketing</source>
        <translation>सभी मार्केटिंग</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation>कोई व्यक्ति तय करे</translation>
    </message>
    <message>
        <source>Opt-in request</source>
        <translation>ऑप्ट-इन का अनुरोध</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>दर्ज करने को कुछ नहीं</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>सहमति नहीं</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>सही नंबर नहीं</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>दोहराया</translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation>फिर से बहुत जल्दी</translation>
    </message>
    <message>
        <source>They agreed to this kind of message: send.</source>
        <translation>इन्होंने इस प्रकार के मैसेज के लिए हाँ कहा है: भेजें।</translation>
    </message>
    <message>
        <source>No opt-in to this kind of message is on file: do not send.</source>
        <translation>इस प्रकार के मैसेज का कोई ऑप्ट-इन रिकॉर्ड में नहीं: न भेजें।</translation>
    </message>
    <message>
        <source>They opted out: never send.</source>
        <translation>इन्होंने ऑप्ट-आउट किया है: कभी न भेजें।</translation>
    </message>
    <message>
        <source>This is not a WhatsApp number that can be reached: see the reason.</source>
        <translation>यह ऐसा WhatsApp नंबर नहीं जिस तक पहुँचा जा सके: कारण देखें।</translation>
    </message>
    <message>
        <source>The same person is higher up the list: they get one message.</source>
        <translation>यही व्यक्ति लिस्ट में ऊपर है: उन्हें एक ही मैसेज जाएगा।</translation>
    </message>
    <message>
        <source>They had as many marketing messages as the cap allows lately: wait.</source>
        <translation>हाल में इन्हें सीमा जितने मार्केटिंग मैसेज जा चुके हैं: रुकें।</translation>
    </message>
    <message>
        <source>Opt-out option needed</source>
        <translation>ऑप्ट-आउट का विकल्प ज़रूरी</translation>
    </message>
    <message>
        <source>This marketing message must tell them how to stop (e.g. &apos;Reply STOP to opt out&apos;): it is their first marketing message, the first after a long gap, or they have not answered for a long time (Settings, Broadcast rules).</source>
        <translation>इस मार्केटिंग मैसेज में बताना ज़रूरी है कि कैसे रोकें (जैसे &apos;ऑप्ट-आउट के लिए STOP लिखें&apos;): यह उनका पहला मार्केटिंग मैसेज है, लंबे अंतर के बाद पहला है, या उन्होंने बहुत समय से जवाब नहीं दिया (सेटिंग्स, ब्रॉडकास्ट के नियम)।</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>पहुँचा</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>पढ़ा</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>Too many messages</source>
        <translation>बहुत ज़्यादा मैसेज</translation>
    </message>
    <message>
        <source>Not relevant to me</source>
        <translation>मेरे काम का नहीं</translation>
    </message>
    <message>
        <source>I never signed up</source>
        <translation>मैंने कभी साइन-अप नहीं किया</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>मेरा मन बदल गया</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>अन्य…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>कुंजी</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>आर्काइव</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>जैसा लिखा</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp नंबर</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>फ़ैसला</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Opt-out option</source>
        <translation>ऑप्ट-आउट विकल्प</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message>
        <source>On file: %s — %s</source>
        <translation>रिकॉर्ड में: %s — %s</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the window</source>
        <translation>विंडो की भाषा</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>इस कंप्यूटर जैसी</translation>
    </message>
    <message>
        <source>Kept on this computer; used the next time OptIn Desk opens.</source>
        <translation>इस कंप्यूटर पर रखी जाती है; अगली बार OptIn Desk खुलने पर लागू होगी।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
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
        <translation>पेज</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>रिकॉर्ड खुल रहे हैं…</translation>
    </message>
    <message>
        <source>Set up your shop to begin</source>
        <translation>शुरू करने के लिए अपनी दुकान सेट करें</translation>
    </message>
    <message>
        <source>Something went wrong: %s

Nothing already recorded was lost. The details were written to %s; please send that file to whoever looks after this computer.</source>
        <translation>कुछ गड़बड़ हो गई: %s

पहले से दर्ज कुछ भी नहीं खोया। जानकारी %s में लिखी गई है; कृपया वह फ़ाइल इस कंप्यूटर को संभालने वाले व्यक्ति को भेजें।</translation>
    </message>
    <message>
        <source>The records are not open</source>
        <translation>रिकॉर्ड खुले नहीं हैं</translation>
    </message>
    <message>
        <source>Records: %s</source>
        <translation>रिकॉर्ड: %s</translation>
    </message>
    <message numerus="yes">
        <source>Daily backup made: %n entries, checked</source>
        <translation>
            <numerusform>रोज़ का बैकअप बना: %n एंट्री, जाँची गई</numerusform>
            <numerusform>रोज़ का बैकअप बना: %n एंट्री, जाँची गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>रोज़ का बैकअप</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %s. Use Settings, Back up now.</source>
        <translation>रोज़ का बैकअप नहीं बन सका: %s. सेटिंग्स में अभी बैकअप लें इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The records could not be opened: %s. Check the --db path.</source>
        <translation>रिकॉर्ड नहीं खुल सके: %s. --db का पाथ जाँचें।</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>What needs doing today, and how the records stand.</source>
        <translation>आज क्या करना है, और रिकॉर्ड की स्थिति।</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>साइन-अप</translation>
    </message>
    <message>
        <source>Type in signed paper forms, or record a yes given in person.</source>
        <translation>साइन किए काग़ज़ी फ़ॉर्म दर्ज करें, या सामने दी गई हाँ दर्ज करें।</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>संपर्क</translation>
    </message>
    <message>
        <source>Find a person: what they agreed to, when, and their whole history.</source>
        <translation>किसी व्यक्ति को खोजें: उन्होंने किस बात पर हाँ कहा, कब, और पूरा इतिहास।</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>Log a STOP and send its confirmation; it holds for all your numbers.</source>
        <translation>STOP दर्ज करें और उसकी पुष्टि भेजें; यह आपके सभी नंबरों पर लागू होता है।</translation>
    </message>
    <message>
        <source>Check list</source>
        <translation>लिस्ट जाँचें</translation>
    </message>
    <message>
        <source>Before a broadcast: who on your list may be sent the message.</source>
        <translation>ब्रॉडकास्ट से पहले: आपकी लिस्ट में किसे मैसेज भेज सकते हैं।</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>फ़ॉर्म</translation>
    </message>
    <message>
        <source>Print consent forms for customers to sign.</source>
        <translation>ग्राहकों के साइन करने के लिए सहमति फ़ॉर्म छापें।</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Your shop, its kinds of messages, wording, staff and backups.</source>
        <translation>आपकी दुकान, मैसेज के प्रकार, शब्दावली, स्टाफ़ और बैकअप।</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>क्वालिटी</translation>
    </message>
    <message>
        <source>How your broadcasts were received: delivered, read, blocked.</source>
        <translation>आपके ब्रॉडकास्ट कैसे पहुँचे: पहुँचे, पढ़े, ब्लॉक हुए।</translation>
    </message>
</context>
<context>
    <name>OptInQuestions</name>
    <message>
        <source>This number was erased on request on %s.

Record this opt-in only if the person gave their own new consent after that (in person, on paper or in their own message). Recording it lifts the erasure: their number and name are kept again, and the entry says that it lifted the erasure.

Lift the erasure and record?</source>
        <translation>यह नंबर %s को कहने पर मिटाया गया था।

यह ऑप्ट-इन तभी दर्ज करें जब व्यक्ति ने उसके बाद ख़ुद नई सहमति दी हो (सामने, काग़ज़ पर या अपने मैसेज में)। इसे दर्ज करने से मिटाना हट जाता है: उनका नंबर और नाम फिर से रखा जाता है, और एंट्री में लिखा होता है कि इसने मिटाना हटाया।

मिटाना हटाकर दर्ज करें?</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>कहने पर मिटाया गया</translation>
    </message>
    <message>
        <source>%s. Is the computer&apos;s clock right now? Record only if it is: an earlier record was then made with a wrong clock.</source>
        <translation>%s. क्या कंप्यूटर की घड़ी अभी सही है? तभी दर्ज करें: तब पहले वाला रिकॉर्ड ग़लत घड़ी से बना था।</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation>घड़ी जाँचें</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>साइन-अप सेव करें</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Their WhatsApp number in any form, or their name</source>
        <translation>उनका WhatsApp नंबर किसी भी तरह, या उनका नाम</translation>
    </message>
    <message>
        <source>What they said or wrote (optional)</source>
        <translation>उन्होंने क्या कहा या लिखा (चाहें तो)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(नहीं बताया)</translation>
    </message>
    <message>
        <source>Their reason, in a few words</source>
        <translation>उनका कारण, कुछ शब्दों में</translation>
    </message>
    <message>
        <source>Write it &amp;again</source>
        <translation>फिर से लिखें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation>&amp;WhatsApp में खोलें</translation>
    </message>
    <message>
        <source>Confirmation &amp;sent</source>
        <translation>पुष्टि भेजी (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record opt-out</source>
        <translation>ऑप्ट-आउट दर्ज करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>खोजें (&amp;F):</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>व्यक्ति:</translation>
    </message>
    <message>
        <source>What s&amp;tops:</source>
        <translation>क्या रुकता है (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>कैसे आया (&amp;H):</translation>
    </message>
    <message>
        <source>Their wor&amp;ds:</source>
        <translation>उनके शब्द (&amp;D):</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>कारण (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>किस नंबर से भेजें (&amp;M):</translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation>पुष्टि (&amp;O):</translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation>दर्ज करने वाला (&amp;Y):</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>पुष्टि का इंतज़ार</translation>
    </message>
    <message>
        <source>Replies in bulk</source>
        <translation>एक साथ कई जवाब</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for confirmation (%n)</source>
        <translation>
            <numerusform>पुष्टि का इंतज़ार (%n)</numerusform>
            <numerusform>पुष्टि का इंतज़ार (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All marketing messages</source>
        <translation>सभी मार्केटिंग मैसेज</translation>
    </message>
    <message>
        <source>Everything (service messages too)</source>
        <translation>सब कुछ (सर्विस मैसेज भी)</translation>
    </message>
    <message>
        <source>Type their number or name; a number not on file can opt out too.</source>
        <translation>उनका नंबर या नाम लिखें; जो नंबर रिकॉर्ड में नहीं, वह भी ऑप्ट-आउट कर सकता है।</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one (Down, then Enter)</source>
        <translation>
            <numerusform>%n व्यक्ति मिला: एक चुनें (Down, फिर Enter)</numerusform>
            <numerusform>%n लोग मिले: एक चुनें (Down, फिर Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found: type the full number, e.g. %s</source>
        <translation>कोई नहीं मिला: पूरा नंबर लिखें, जैसे %s</translation>
    </message>
    <message>
        <source>%s is not on file: the opt-out is kept all the same.</source>
        <translation>%s रिकॉर्ड में नहीं है: फिर भी ऑप्ट-आउट रखा जाता है।</translation>
    </message>
    <message>
        <source>The confirmation is empty: press Write it again.</source>
        <translation>पुष्टि खाली है: फिर से लिखें दबाएँ।</translation>
    </message>
    <message>
        <source>Confirmation copied: paste it into their chat</source>
        <translation>पुष्टि कॉपी हुई: इसे उनकी चैट में पेस्ट करें</translation>
    </message>
    <message>
        <source>Send it from the shop&apos;s number %s</source>
        <translation>इसे दुकान के नंबर %s से भेजें</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>ऑप्ट-आउट दर्ज करें</translation>
    </message>
    <message>
        <source>confirmation sent</source>
        <translation>पुष्टि भेजी</translation>
    </message>
    <message>
        <source>confirmation to send</source>
        <translation>पुष्टि भेजनी है</translation>
    </message>
    <message>
        <source>Opted out %s (%s); %s</source>
        <translation>%s (%s) का ऑप्ट-आउट दर्ज; %s</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $stopped — the messages that stop; $continues — the messages that still come, if any; $start_keyword — the word that opts in again (%1).</source>
        <translation>प्लेसहोल्डर: $business — दुकान का नाम; $stopped — जो मैसेज रुकते हैं; $continues — जो मैसेज फिर भी आते हैं, अगर कोई हो; $start_keyword — फिर से ऑप्ट-इन करने वाला शब्द (%1)।</translation>
    </message>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $categories — the kinds of message the person ticks; $stop_keyword — the word that stops messages (%1).</source>
        <translation>प्लेसहोल्डर: $business — दुकान का नाम; $categories — मैसेज के प्रकार जिन पर व्यक्ति टिक करता है; $stop_keyword — मैसेज रोकने वाला शब्द (%1)।</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <source>Privacy (printed on every form)</source>
        <translation>निजता (हर फ़ॉर्म पर छपती है)</translation>
    </message>
    <message>
        <source>empty: the first WhatsApp number above</source>
        <translation>खाली: ऊपर का पहला WhatsApp नंबर</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>चाहें तो</translation>
    </message>
    <message>
        <source>a web address, or e.g. &apos;on the wall by the till&apos;</source>
        <translation>वेब पता, या जैसे &apos;काउंटर के पास दीवार पर&apos;</translation>
    </message>
    <message>
        <source> years after an opt-out</source>
        <translation> साल, ऑप्ट-आउट के बाद</translation>
    </message>
    <message>
        <source>Contact W&amp;hatsApp:</source>
        <translation>संपर्क &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ईमेल (&amp;E):</translation>
    </message>
    <message>
        <source>Privacy &amp;notice is at:</source>
        <translation>निजता सूचना यहाँ है (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Records kept:</source>
        <translation>रिकॉर्ड रखे जाते हैं (&amp;R):</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>हर ब्रॉडकास्ट: उसका क्या हुआ, और 7 दिनों में ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>भेजे</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>पहुँचे</translation>
    </message>
    <message>
        <source>read</source>
        <translation>पढ़े</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>opted out since (%)</source>
        <translation>तब से ऑप्ट-आउट (%)</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number</source>
        <translation>हर WhatsApp नंबर की क्वालिटी रेटिंग</translation>
    </message>
    <message>
        <source>low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>high</source>
        <translation>ऊँची</translation>
    </message>
    <message>
        <source>first opt-in by %1</source>
        <translation>पहला ऑप्ट-इन: “%1”</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Read a delivery report…</source>
        <translation>डिलीवरी रिपोर्ट पढ़ें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Keep what was read</source>
        <translation>जो पढ़ा वह रखें (&amp;K)</translation>
    </message>
    <message>
        <source>Save the one-page &amp;report…</source>
        <translation>एक पेज की रिपोर्ट सेव करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>फिर</translation>
    </message>
    <message>
        <source>high</source>
        <translation>ऊँची</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>जुड़ा हुआ</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>चिह्नित</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>सीमित</translation>
    </message>
    <message>
        <source>e.g. 1K</source>
        <translation>जैसे 1K</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>रीडिंग जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>What WhatsApp Manager shows</source>
        <translation>WhatsApp Manager जो दिखाता है</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>क्वालिटी</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>ब्लॉक</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>ऑप्ट-इन के तरीके के हिसाब से ऑप्ट-आउट दर</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>साइन की गई शब्दावली के वर्ज़न के हिसाब से ऑप्ट-आउट दर</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG के रूप में सेव करें…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>चार्ट सेव करें</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG तस्वीरें (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %s</source>
        <translation>चार्ट %s में सेव हुआ</translation>
    </message>
    <message>
        <source>Read a delivery report</source>
        <translation>डिलीवरी रिपोर्ट पढ़ें</translation>
    </message>
    <message>
        <source>Delivery reports (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>डिलीवरी रिपोर्ट (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>already read</source>
        <translation>पहले ही पढ़ी जा चुकी</translation>
    </message>
    <message>
        <source>%1: %2, %3 new; %4, %5</source>
        <translation>%1: %2, %3 नए; %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n मैसेज</numerusform>
            <numerusform>%n मैसेज</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not read</source>
        <translation>
            <numerusform>%n लाइन नहीं पढ़ी गई</numerusform>
            <numerusform>%n लाइनें नहीं पढ़ी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming messages left aside</source>
        <translation>
            <numerusform>%n आने वाला मैसेज अलग रखा</numerusform>
            <numerusform>%n आने वाले मैसेज अलग रखे</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; %2</source>
        <translation>रखे गए %1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n outcomes</source>
        <translation>
            <numerusform>%n नतीजा</numerusform>
            <numerusform>%n नतीजे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out of marketing with WhatsApp&apos;s stop button</source>
        <translation>
            <numerusform>%n ने WhatsApp के स्टॉप बटन से मार्केटिंग से ऑप्ट-आउट किया</numerusform>
            <numerusform>%n ने WhatsApp के स्टॉप बटन से मार्केटिंग से ऑप्ट-आउट किया</numerusform>
        </translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation>लाइन %s: %s</translation>
    </message>
    <message>
        <source>Keep the delivery report</source>
        <translation>डिलीवरी रिपोर्ट रखें</translation>
    </message>
    <message>
        <source>Add a quality reading</source>
        <translation>क्वालिटी रीडिंग जोड़ें</translation>
    </message>
    <message>
        <source>Reading kept</source>
        <translation>रीडिंग रखी गई</translation>
    </message>
    <message>
        <source>That reading was already kept</source>
        <translation>वह रीडिंग पहले ही रखी जा चुकी है</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>रिपोर्ट सेव करें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %s</source>
        <translation>रिपोर्ट %s में सेव हुई</translation>
    </message>
</context>
<context>
    <name>QualityThresholds</name>
    <message>
        <source>Warnings (Quality page)</source>
        <translation>चेतावनियाँ (क्वालिटी पेज)</translation>
    </message>
    <message>
        <source>× usual</source>
        <translation>× सामान्य</translation>
    </message>
    <message>
        <source>% not delivered</source>
        <translation>% नहीं पहुँचे</translation>
    </message>
    <message>
        <source>× another way</source>
        <translation>× दूसरा तरीका</translation>
    </message>
    <message>
        <source> people</source>
        <translation> लोग</translation>
    </message>
    <message>
        <source>Save the warning thresholds</source>
        <translation>चेतावनी की सीमाएँ सेव करें</translation>
    </message>
    <message>
        <source>Opt-outs after a broadcast over:</source>
        <translation>ब्रॉडकास्ट के बाद ऑप्ट-आउट इससे ज़्यादा:</translation>
    </message>
    <message>
        <source>Not delivered over:</source>
        <translation>नहीं पहुँचे इससे ज़्यादा:</translation>
    </message>
    <message>
        <source>Opt-out rate of one way of opting in over:</source>
        <translation>ऑप्ट-इन के किसी एक तरीके की ऑप्ट-आउट दर इससे ज़्यादा:</translation>
    </message>
    <message>
        <source>Compare ways of opting in with at least:</source>
        <translation>ऑप्ट-इन के तरीकों की तुलना कम से कम इतने पर:</translation>
    </message>
    <message>
        <source>Warning thresholds saved</source>
        <translation>चेतावनी की सीमाएँ सेव हुईं</translation>
    </message>
</context>
<context>
    <name>RecordKeepingBox</name>
    <message>
        <source>Where records go (stated in every proof)</source>
        <translation>रिकॉर्ड कहाँ जाते हैं (हर सबूत में लिखा जाता है)</translation>
    </message>
    <message>
        <source>empty: this computer, or the shop&apos;s server</source>
        <translation>खाली: यह कंप्यूटर, या दुकान का सर्वर</translation>
    </message>
    <message>
        <source>empty: Meta Platforms, as the provider of WhatsApp</source>
        <translation>खाली: Meta Platforms, WhatsApp की प्रदाता के रूप में</translation>
    </message>
    <message>
        <source>Name every company that receives the numbers, separated by &apos;;&apos;.</source>
        <translation>नंबर पाने वाली हर कंपनी का नाम लिखें, &apos;;&apos; से अलग करके।</translation>
    </message>
    <message>
        <source>Records &amp;kept at:</source>
        <translation>रिकॉर्ड यहाँ रखे जाते हैं (&amp;K):</translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation>इनके साथ साझा (&amp;I):</translation>
    </message>
</context>
<context>
    <name>RecordedBy</name>
    <message>
        <source>Recorded by</source>
        <translation>दर्ज करने वाला</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <source>Choose or type who is recording this.</source>
        <translation>चुनें या लिखें कि यह कौन दर्ज कर रहा है।</translation>
    </message>
</context>
<context>
    <name>RecordsPlace</name>
    <message>
        <source>Records this computer opens</source>
        <translation>यह कंप्यूटर कौन से रिकॉर्ड खोलता है</translation>
    </message>
    <message>
        <source>a .sqlite3 file, or postgresql+psycopg://USER@SERVER/DATABASE</source>
        <translation>एक .sqlite3 फ़ाइल, या postgresql+psycopg://USER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>दूसरे रिकॉर्ड</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>फ़ाइल (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Try them</source>
        <translation>आज़माएँ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Use from the next start</source>
        <translation>अगली शुरुआत से इस्तेमाल करें (&amp;U)</translation>
    </message>
    <message>
        <source>Back to this computer&apos;s own &amp;file</source>
        <translation>इस कंप्यूटर की अपनी फ़ाइल पर वापस (&amp;B)</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>अभी खुला: %1</translation>
    </message>
    <message>
        <source>Opened at each start: %1</source>
        <translation>हर शुरुआत पर खुलता है: %1</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>रिकॉर्ड फ़ाइल</translation>
    </message>
    <message>
        <source>OptIn Desk records (*.sqlite3)</source>
        <translation>OptIn Desk रिकॉर्ड (*.sqlite3)</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>आज़मा रहे हैं…</translation>
    </message>
    <message>
        <source>These records open, but no shop is set up in them yet.</source>
        <translation>ये रिकॉर्ड खुलते हैं, पर इनमें अभी कोई दुकान सेट नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>These are the records of %1: %n entries.</source>
        <translation>
            <numerusform>ये %1 के रिकॉर्ड हैं: %n एंट्री।</numerusform>
            <numerusform>ये %1 के रिकॉर्ड हैं: %n एंट्री।</numerusform>
        </translation>
    </message>
    <message>
        <source>These records cannot be used: %1</source>
        <translation>ये रिकॉर्ड इस्तेमाल नहीं हो सकते: %1</translation>
    </message>
    <message>
        <source>Done: close OptIn Desk and start it again to use them.</source>
        <translation>हो गया: इन्हें इस्तेमाल करने के लिए OptIn Desk बंद करके फिर से खोलें।</translation>
    </message>
    <message>
        <source>This computer will open other records from the next start</source>
        <translation>यह कंप्यूटर अगली शुरुआत से दूसरे रिकॉर्ड खोलेगा</translation>
    </message>
    <message>
        <source>Done: from the next start this computer opens its own records file.</source>
        <translation>हो गया: अगली शुरुआत से यह कंप्यूटर अपनी रिकॉर्ड फ़ाइल खोलेगा।</translation>
    </message>
</context>
<context>
    <name>RecordsWatcher</name>
    <message>
        <source>The records can be reached again</source>
        <translation>रिकॉर्ड तक फिर से पहुँच है</translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Paste replies here, one per line: &apos;+34 612 345 678: BAJA&apos;, or chat lines copied from WhatsApp, or a table with number and message.</source>
        <translation>जवाब यहाँ पेस्ट करें, हर लाइन में एक: &apos;+34 612 345 678: BAJA&apos;, या WhatsApp से कॉपी की चैट लाइनें, या नंबर और मैसेज वाली टेबल।</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>फ़ाइल खोलें (&amp;F)…</translation>
    </message>
    <message>
        <source>Read &amp;replies</source>
        <translation>जवाब पढ़ें (&amp;R)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>From</source>
        <translation>किससे</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>किस रूप में पढ़ा</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>पुष्टि</translation>
    </message>
    <message>
        <source>Record the &amp;ticked replies</source>
        <translation>टिक किए जवाब दर्ज करें (&amp;T)</translation>
    </message>
    <message>
        <source>Open replies</source>
        <translation>जवाब खोलें</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>जवाब पढ़ें</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n replies…</source>
        <translation>
            <numerusform>%n जवाब पढ़ा जा रहा है…</numerusform>
            <numerusform>%n जवाब पढ़े जा रहे हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5. Tick what to record.</source>
        <translation>%1: %2, %3, %4, %5. जो दर्ज करना है उस पर टिक करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n जवाब</numerusform>
            <numerusform>%n जवाब</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-outs</source>
        <translation>
            <numerusform>%n साफ़ ऑप्ट-आउट</numerusform>
            <numerusform>%n साफ़ ऑप्ट-आउट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for you to decide</source>
        <translation>
            <numerusform>%n आपके तय करने के लिए</numerusform>
            <numerusform>%n आपके तय करने के लिए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in requests</source>
        <translation>
            <numerusform>%n ऑप्ट-इन अनुरोध</numerusform>
            <numerusform>%n ऑप्ट-इन अनुरोध</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot be recorded</source>
        <translation>
            <numerusform>%n जो दर्ज नहीं हो सकता</numerusform>
            <numerusform>%n जो दर्ज नहीं हो सकते</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the &amp;ticked replies (%n)</source>
        <translation>
            <numerusform>टिक किए जवाब दर्ज करें (%n) (&amp;T)</numerusform>
            <numerusform>टिक किए जवाब दर्ज करें (%n) (&amp;T)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (each with its confirmation) and %2 by WhatsApp chat?</source>
        <translation>%1 (हर एक अपनी पुष्टि के साथ) और %2 WhatsApp चैट से दर्ज करें?</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs</source>
        <translation>
            <numerusform>%n ऑप्ट-आउट</numerusform>
            <numerusform>%n ऑप्ट-आउट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-ins</source>
        <translation>
            <numerusform>%n ऑप्ट-इन</numerusform>
            <numerusform>%n ऑप्ट-इन</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 and %2; the confirmations wait to be sent</source>
        <translation>%1 और %2 दर्ज किए; पुष्टियाँ भेजे जाने का इंतज़ार कर रही हैं</translation>
    </message>
    <message>
        <source>Record replies</source>
        <translation>जवाब दर्ज करें</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n replies…</source>
        <translation>
            <numerusform>%n जवाब दर्ज हो रहा है…</numerusform>
            <numerusform>%n जवाब दर्ज हो रहे हैं…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>One name per line</source>
        <translation>हर लाइन में एक नाम</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>प्रकार जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>कॉपी करें (&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the whole ledger head, to keep elsewhere</source>
        <translation>पूरा लेजर हेड कॉपी करें, कहीं और रखने के लिए</translation>
    </message>
    <message>
        <source>A saved kind of message keeps its kind (service or marketing): the consent people gave was for that. To change it, archive it and add a new one.</source>
        <translation>सेव किया गया मैसेज का प्रकार अपना प्रकार (सर्विस या मार्केटिंग) नहीं बदलता: लोगों ने उसी के लिए सहमति दी थी। बदलने के लिए इसे आर्काइव करें और नया जोड़ें।</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>अभी बैकअप लें (&amp;B)…</translation>
    </message>
    <message>
        <source>Owner &amp;PIN…</source>
        <translation>मालिक का &amp;PIN…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>सेटिंग्स सेव करें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>वापस पहले जैसा (&amp;R)</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>पता (&amp;D):</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>डिफ़ॉल्ट देश (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>&amp;WhatsApp नंबर:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>स्टाफ़ (&amp;T):</translation>
    </message>
    <message>
        <source>Kinds of messages (archived, never deleted)</source>
        <translation>मैसेज के प्रकार (आर्काइव होते हैं, कभी मिटते नहीं)</translation>
    </message>
    <message>
        <source>Wording (placeholders start with $)</source>
        <translation>शब्दावली (प्लेसहोल्डर $ से शुरू होते हैं)</translation>
    </message>
    <message>
        <source>Consent statement:</source>
        <translation>सहमति का कथन:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>झलक:</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>ऑप्ट-आउट की पुष्टि:</translation>
    </message>
    <message>
        <source>Broadcast rules (Check list)</source>
        <translation>ब्रॉडकास्ट के नियम (लिस्ट जाँचें)</translation>
    </message>
    <message>
        <source>Opt-out option again after a &amp;gap of:</source>
        <translation>इतने अंतर के बाद फिर से ऑप्ट-आउट विकल्प (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Unengaged after nothing for:</source>
        <translation>इतने समय कुछ न होने पर निष्क्रिय (&amp;U):</translation>
    </message>
    <message>
        <source>marketing messages at most in</source>
        <translation>मार्केटिंग मैसेज ज़्यादा से ज़्यादा, इतने समय में</translation>
    </message>
    <message>
        <source>Marketing &amp;cap:</source>
        <translation>मार्केटिंग की सीमा (&amp;M):</translation>
    </message>
    <message>
        <source>Keeping the records safe</source>
        <translation>रिकॉर्ड सुरक्षित रखना</translation>
    </message>
    <message>
        <source>Ledger head:</source>
        <translation>लेजर हेड:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>आख़िरी बैकअप:</translation>
    </message>
    <message>
        <source>Owner PIN:</source>
        <translation>मालिक का PIN:</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n entries)</source>
        <translation>
            <numerusform>%1… (%n एंट्री)</numerusform>
            <numerusform>%1… (%n एंट्री)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entries, checked — %2</source>
        <translation>
            <numerusform>%1 — %n एंट्री, जाँची गई — %2</numerusform>
            <numerusform>%1 — %n एंट्री, जाँची गईं — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head copied: %1</source>
        <translation>लेजर हेड कॉपी हुआ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to %1</source>
        <translation>
            <numerusform>%n एंट्री का बैकअप %1 में लिया</numerusform>
            <numerusform>%n एंट्री का बैकअप %1 में लिया</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>Changing the owner PIN</source>
        <translation>मालिक का PIN बदलना</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>मालिक का PIN</translation>
    </message>
    <message>
        <source>New owner PIN (6 or more characters; leave empty to remove it):</source>
        <translation>मालिक का नया PIN (6 या ज़्यादा अक्षर; हटाने के लिए खाली छोड़ें):</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>मालिक का PIN सेट हुआ</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>मालिक का PIN हटाया गया</translation>
    </message>
    <message>
        <source>Backing up the records</source>
        <translation>रिकॉर्ड का बैकअप लिया जा रहा है</translation>
    </message>
    <message>
        <source>Back up the records to…</source>
        <translation>रिकॉर्ड का बैकअप यहाँ लें…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>बैकअप हो रहा है…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>बैकअप लें</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>सेटिंग्स सेव हो रही हैं</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>सेटिंग्स सेव करें</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>सेटिंग्स सेव हुईं</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to OptIn Desk&lt;/h2&gt;&lt;p&gt;Tell us about your shop. Its name is printed on every consent form and every opt-out confirmation.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;OptIn Desk में आपका स्वागत है&lt;/h2&gt;&lt;p&gt;अपनी दुकान के बारे में बताएँ। इसका नाम हर सहमति फ़ॉर्म और हर ऑप्ट-आउट पुष्टि पर छपता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <source>One WhatsApp number per line</source>
        <translation>हर लाइन में एक WhatsApp नंबर</translation>
    </message>
    <message>
        <source>One name per line: who records sign-ups, opt-outs and forms</source>
        <translation>हर लाइन में एक नाम: कौन साइन-अप, ऑप्ट-आउट और फ़ॉर्म दर्ज करता है</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>प्रकार जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>प्रकार हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start using OptIn Desk</source>
        <translation>OptIn Desk शुरू करें (&amp;S)</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>दुकान का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>पता (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>देश (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>&amp;WhatsApp नंबर:</translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation>स्टाफ़ के नाम (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language of forms and messages:</source>
        <translation>फ़ॉर्म और मैसेज की भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Kinds of messages you send:</source>
        <translation>आप किस प्रकार के मैसेज भेजते हैं:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>सेट करें</translation>
    </message>
    <message>
        <source>Welcome, %s</source>
        <translation>स्वागत है, %s</translation>
    </message>
</context>
<context>
    <name>SignupPage</name>
    <message>
        <source>printed at the top of the form; a paper form needs it</source>
        <translation>फ़ॉर्म के ऊपर छपा; काग़ज़ी फ़ॉर्म के लिए ज़रूरी</translation>
    </message>
    <message>
        <source>Form from another print run (Alt+F)</source>
        <translation>दूसरी छपाई का फ़ॉर्म (Alt+F)</translation>
    </message>
    <message>
        <source>The shop printed this form somewhere else: its serial is kept as typed, with a note</source>
        <translation>दुकान ने यह फ़ॉर्म कहीं और छपवाया: इसका सीरियल जैसा लिखा वैसा ही रखा जाता है, एक नोट के साथ</translation>
    </message>
    <message>
        <source>as written on the form</source>
        <translation>जैसा फ़ॉर्म पर लिखा है</translation>
    </message>
    <message>
        <source>drop the scanned form here</source>
        <translation>स्कैन किया फ़ॉर्म यहाँ छोड़ें</translation>
    </message>
    <message>
        <source>Choose s&amp;can…</source>
        <translation>स्कैन चुनें (&amp;C)…</translation>
    </message>
    <message>
        <source>Entries saved this session</source>
        <translation>इस सत्र में सेव की गई एंट्री</translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation>सेव करें और अगला (&amp;S) (Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>आख़िरी वापस लें (&amp;U)</translation>
    </message>
    <message>
        <source>Form s&amp;erial:</source>
        <translation>फ़ॉर्म सीरियल (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>WhatsApp n&amp;umber:</source>
        <translation>WhatsApp नंबर (&amp;W):</translation>
    </message>
    <message>
        <source>Agreed to:</source>
        <translation>किस पर हाँ कहा:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>साइन की तारीख़ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>कैसे (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>दर्ज करने वाला (&amp;R):</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>स्कैन:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>नोट (&amp;O):</translation>
    </message>
    <message>
        <source>Saved this session (newest first):</source>
        <translation>इस सत्र में सेव (नई पहले):</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>साइन किए फ़ॉर्म का स्कैन</translation>
    </message>
    <message>
        <source>The WhatsApp number: %s.</source>
        <translation>WhatsApp नंबर: %s.</translation>
    </message>
    <message>
        <source>The form serial: %s.</source>
        <translation>फ़ॉर्म का सीरियल: %s.</translation>
    </message>
    <message>
        <source>Tick at least one kind of message the person agreed to.</source>
        <translation>कम से कम एक मैसेज का प्रकार टिक करें जिस पर व्यक्ति ने हाँ कहा।</translation>
    </message>
    <message>
        <source>Say who is recording: choose or type your name.</source>
        <translation>बताएँ कौन दर्ज कर रहा है: अपना नाम चुनें या लिखें।</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>साइन-अप सेव करें</translation>
    </message>
    <message>
        <source>Saved %s: %s</source>
        <translation>%s सेव हुआ: %s</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>आख़िरी वापस लें</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>यह एंट्री ग़लत क्यों है? (रिकॉर्ड के साथ रखा जाता है)</translation>
    </message>
    <message>
        <source>  (voided: %s)</source>
        <translation>  (रद्द: %s)</translation>
    </message>
    <message>
        <source>Voided the entry of %s</source>
        <translation>%s की एंट्री रद्द की</translation>
    </message>
    <message>
        <source>Entered this session: %d</source>
        <translation>इस सत्र में दर्ज: %d</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>wording %s v%d</source>
        <translation>शब्दावली %s v%d</translation>
    </message>
    <message>
        <source>form %s</source>
        <translation>फ़ॉर्म %s</translation>
    </message>
    <message>
        <source>scan on file</source>
        <translation>स्कैन रिकॉर्ड में है</translation>
    </message>
    <message>
        <source>recorded %s by %s</source>
        <translation>%s को %s ने दर्ज किया</translation>
    </message>
    <message>
        <source>voids entry #%d: %s</source>
        <translation>एंट्री #%d रद्द करती है: %s</translation>
    </message>
    <message>
        <source>reason: %s</source>
        <translation>कारण: %s</translation>
    </message>
    <message>
        <source>their words: “%s”</source>
        <translation>उनके शब्द: “%s”</translation>
    </message>
    <message>
        <source>note: %s</source>
        <translation>नोट: %s</translation>
    </message>
    <message>
        <source>confirmation: %s</source>
        <translation>पुष्टि: %s</translation>
    </message>
    <message>
        <source>VOIDED (entry #%d): %s</source>
        <translation>रद्द (एंट्री #%d): %s</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>People on file</source>
        <translation>रिकॉर्ड में लोग</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>संपर्क खोलें</translation>
    </message>
    <message>
        <source>Sign-ups in the last 7 days</source>
        <translation>पिछले 7 दिनों के साइन-अप</translation>
    </message>
    <message>
        <source>Type in sign-ups</source>
        <translation>साइन-अप दर्ज करें</translation>
    </message>
    <message>
        <source>Opt-out confirmations waiting</source>
        <translation>बाकी ऑप्ट-आउट पुष्टियाँ</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>उन्हें भेजें</translation>
    </message>
    <message>
        <source>Printed forms not yet entered</source>
        <translation>छपे फ़ॉर्म जो अभी दर्ज नहीं हुए</translation>
    </message>
    <message>
        <source>Open Forms</source>
        <translation>फ़ॉर्म खोलें</translation>
    </message>
    <message>
        <source>Last list checked</source>
        <translation>आख़िरी जाँची लिस्ट</translation>
    </message>
    <message>
        <source>Check a list</source>
        <translation>लिस्ट जाँचें</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>आख़िरी बैकअप</translation>
    </message>
    <message>
        <source>Back up in Settings</source>
        <translation>सेटिंग्स में बैकअप लें</translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation>रिकॉर्ड की पुष्टि</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>सेटिंग्स खोलें</translation>
    </message>
    <message>
        <source>&amp;Verify the records now</source>
        <translation>रिकॉर्ड अभी जाँचें (&amp;V)</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>आँकड़े पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>The records could not be verified: %1</source>
        <translation>रिकॉर्ड सत्यापित नहीं किए जा सके: %1</translation>
    </message>
    <message>
        <source>People who agreed to messages (imports not counted).</source>
        <translation>जिन लोगों ने मैसेज के लिए हाँ कहा (इंपोर्ट नहीं गिने)।</translation>
    </message>
    <message>
        <source>Nothing waits: every opt-out was confirmed.</source>
        <translation>कुछ बाकी नहीं: हर ऑप्ट-आउट की पुष्टि हो चुकी है।</translation>
    </message>
    <message>
        <source>The oldest has waited since today.</source>
        <translation>सबसे पुरानी आज से इंतज़ार में है।</translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n days.</source>
        <translation>
            <numerusform>सबसे पुरानी %n दिन से इंतज़ार में है।</numerusform>
            <numerusform>सबसे पुरानी %n दिनों से इंतज़ार में है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms printed in all.</source>
        <translation>
            <numerusform>कुल %n फ़ॉर्म छपा।</numerusform>
            <numerusform>कुल %n फ़ॉर्म छपे।</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>अभी कोई फ़ॉर्म नहीं छपा।</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>हाँ कहा</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रोका</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
    <message>
        <source>Check your list before every broadcast.</source>
        <translation>हर ब्रॉडकास्ट से पहले अपनी लिस्ट जाँचें।</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n rows may be sent the message.</source>
        <translation>
            <numerusform>%1, %2: %n में से %3 पंक्ति को मैसेज भेज सकते हैं।</numerusform>
            <numerusform>%1, %2: %n में से %3 पंक्तियों को मैसेज भेज सकते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of these records was made yet.</source>
        <translation>इन रिकॉर्ड का अभी तक कोई बैकअप नहीं बना।</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, checked.</source>
        <translation>
            <numerusform>%1: %n एंट्री, जाँची गई।</numerusform>
            <numerusform>%1: %n एंट्री, जाँची गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message numerus="yes">
        <source>The ledger holds %n entries.</source>
        <translation>
            <numerusform>लेजर में %n एंट्री है।</numerusform>
            <numerusform>लेजर में %n एंट्री हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>Verify them now.</source>
        <translation>अभी जाँचें।</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>टूटा हुआ</translation>
    </message>
    <message>
        <source>The last verification found the records changed: run verify.</source>
        <translation>पिछली जाँच में रिकॉर्ड बदले हुए मिले: verify चलाएँ।</translation>
    </message>
    <message>
        <source>%1: the chain was checked in the backup; verify them to check the consent table, the wordings and the scans too.</source>
        <translation>%1: बैकअप में चेन जाँची गई; सहमति तालिका, शब्दावली और स्कैन भी जाँचने के लिए रिकॉर्ड वेरिफ़ाई करें।</translation>
    </message>
    <message>
        <source>%1: verified on their own.</source>
        <translation>%1: अपने आप में सही पाया।</translation>
    </message>
    <message>
        <source>Verifying the records…</source>
        <translation>रिकॉर्ड जाँचे जा रहे हैं…</translation>
    </message>
    <message>
        <source>The chain holds, but what lies beside it was changed:</source>
        <translation>शृंखला सही है, पर उसके साथ की चीज़ें बदली गई हैं:</translation>
    </message>
    <message>
        <source>The records verified: no entry was changed or removed.</source>
        <translation>रिकॉर्ड सही पाए गए: कोई एंट्री बदली या हटाई नहीं गई।</translation>
    </message>
    <message>
        <source>The chain is broken: run verify on the command line for details.</source>
        <translation>चेन टूटी हुई है: जानकारी के लिए कमांड लाइन पर verify चलाएँ।</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Say who is recording first: choose or type your name in “Recorded by” (on the Opt-outs page). Nothing was recorded.</source>
        <translation>पहले बताएँ कौन दर्ज कर रहा है: “दर्ज करने वाला” (ऑप्ट-आउट पेज पर) में अपना नाम चुनें या लिखें। कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>मालिक का PIN</translation>
    </message>
    <message>
        <source>%s needs the owner PIN:</source>
        <translation>%s के लिए मालिक का PIN चाहिए:</translation>
    </message>
</context>
<context>
    <name>UntranslatedWarning</name>
    <message>
        <source>Not translated into %s: %s. These lines would print in the shop&apos;s language, which a customer may not read: add their text in Settings, Kinds of messages in each language.</source>
        <translation>%s में अनुवाद नहीं: %s. ये लाइनें दुकान की भाषा में छपेंगी, जो ग्राहक शायद न पढ़ सके: इनका टेक्स्ट सेटिंग्स में, हर भाषा में मैसेज के प्रकार, में जोड़ें।</translation>
    </message>
</context>
</TS>
