<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>Anchors</name>
    <message>
        <source>this computer has no signing key yet and the shop has an owner PIN: give --pin (or OPTIN_DESK_PIN) so that the new key is locked by it</source>
        <translation>इस कंप्यूटर पर अभी कोई साइनिंग की नहीं है और दुकान का मालिक का PIN है: --pin (या OPTIN_DESK_PIN) दें ताकि नई की उससे लॉक हो</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): {key}</source>
        <translation>पब्लिक की (Ed25519, base64): {key}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <translation>फ़िंगरप्रिंट (SHA-256): {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n event(s), root {root}, head {head}</source>
        <translation>
            <numerusform>%n एंट्री का चेकपॉइंट, रूट {root}, हेड {head}</numerusform>
            <numerusform>%n एंट्री का चेकपॉइंट, रूट {root}, हेड {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}</source>
        <translation>की {fingerprint} से साइन किया</translation>
    </message>
    <message>
        <source>Not signed: the signing key is locked by the owner PIN (give --pin)</source>
        <translation>साइन नहीं हुआ: साइनिंग की मालिक के PIN से लॉक है (--pin दें)</translation>
    </message>
    <message>
        <source>Written to {path}; also in the log {log}</source>
        <translation>{path} में लिखा; लॉग {log} में भी</translation>
    </message>
    <message>
        <source>Kept in the log {log}</source>
        <translation>लॉग {log} में रखा</translation>
    </message>
    <message>
        <source>note: the proof is not anchored to a signed checkpoint (the signing key is locked by the owner PIN): give --pin so that an auditor can check it with verify-proof</source>
        <translation>नोट: सबूत किसी साइन किए चेकपॉइंट से नहीं जुड़ा (साइनिंग की मालिक के PIN से लॉक है): --pin दें ताकि ऑडिटर verify-proof से इसे जाँच सके</translation>
    </message>
    <message>
        <source>{message}; it is signed by another computer&apos;s key, not this one&apos;s: make sure that key is one of your shop&apos;s (&apos;optin-desk public-key&apos; on each computer)</source>
        <translation>{message}; यह किसी दूसरे कंप्यूटर की की से साइन है, इसकी नहीं: पक्का करें कि वह की आपकी दुकान की ही है (हर कंप्यूटर पर &apos;optin-desk public-key&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>ok: the ledger holds the %n checkpoint(s) found in {path} ({latest})</source>
        <translation>
            <numerusform>ok: {path} में मिला %n चेकपॉइंट लेजर में है ({latest})</numerusform>
            <numerusform>ok: {path} में मिले सभी %n चेकपॉइंट लेजर में हैं ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: of the checkpoints found in {path}, %n (was|were) of records a restore replaced (see the notes) and the ledger holds the others ({latest})</source>
        <translation>
            <numerusform>ok: {path} में मिले चेकपॉइंट में से %n उन रिकॉर्ड का था जिन्हें वापस लाने (restore) से बदला गया (नोट देखें), और बाकी लेजर में हैं ({latest})</numerusform>
            <numerusform>ok: {path} में मिले चेकपॉइंट में से %n उन रिकॉर्ड के थे जिन्हें वापस लाने (restore) से बदला गया (नोट देखें), और बाकी लेजर में हैं ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: the %n checkpoint(s) found in {path} (was|were) of records a restore replaced (see the notes); none was taken since</source>
        <translation>
            <numerusform>ok: {path} में मिला %n चेकपॉइंट उन रिकॉर्ड का था जिन्हें वापस लाने (restore) से बदला गया (नोट देखें); तब से कोई चेकपॉइंट नहीं लिया गया</numerusform>
            <numerusform>ok: {path} में मिले %n चेकपॉइंट उन रिकॉर्ड के थे जिन्हें वापस लाने (restore) से बदला गया (नोट देखें); तब से कोई चेकपॉइंट नहीं लिया गया</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n checkpoint(s) found in {path} (is|are) not in the ledger (of {count} in all)</source>
        <translation>
            <numerusform>टूटा: {path} में मिला %n चेकपॉइंट लेजर में नहीं है (कुल {count} में से)</numerusform>
            <numerusform>टूटा: {path} में मिले %n चेकपॉइंट लेजर में नहीं हैं (कुल {count} में से)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest: %n event(s), made {made}</source>
        <translation>
            <numerusform>आख़िरी: %n एंट्री, {made} को बना</numerusform>
            <numerusform>आख़िरी: %n एंट्री, {made} को बना</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Check {check}: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>जाँच {check}: {kind} के लिए {source} की %n पंक्ति</numerusform>
            <numerusform>जाँच {check}: {kind} के लिए {source} की %n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check (not kept: read-only): %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>जाँच (नहीं रखी: सिर्फ़ पढ़ने के लिए): {kind} के लिए {source} की %n पंक्ति</numerusform>
            <numerusform>जाँच (नहीं रखी: सिर्फ़ पढ़ने के लिए): {kind} के लिए {source} की %n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>(numbers from column {column})</source>
        <translation>(नंबर कॉलम {column} से)</translation>
    </message>
    <message numerus="yes">
        <source>(%n with an opt-out option)</source>
        <translation>
            <numerusform>(%n ऑप्ट-आउट विकल्प के साथ)</numerusform>
            <numerusform>(%n ऑप्ट-आउट विकल्प के साथ)</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} wording v{version}</source>
        <translation>{language} शब्दावली v{version}</translation>
    </message>
    <message>
        <source>form {serial}</source>
        <translation>फ़ॉर्म {serial}</translation>
    </message>
    <message>
        <source>voids event {event}: {reason}</source>
        <translation>एंट्री {event} रद्द करती है: {reason}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>कारण: {reason}</translation>
    </message>
    <message>
        <source>  [VOIDED by {event}: {reason}]</source>
        <translation>  [{event} ने रद्द किया: {reason}]</translation>
    </message>
    <message>
        <source>{action} {scope} ({method}), recorded by {who} on {when}</source>
        <translation>{action} {scope} ({method}), {who} ने {when} को दर्ज किया</translation>
    </message>
    <message>
        <source>Set up {shop} ({country}) in {where}</source>
        <translation>{shop} ({country}) {where} में सेट की</translation>
    </message>
    <message>
        <source>Opted in {who} to {scopes} ({method}; event {ids})</source>
        <translation>{who} का {scopes} के लिए ऑप्ट-इन ({method}; एंट्री {ids})</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope} (event {event})</source>
        <translation>{phone} का {scope} से ऑप्ट-आउट (एंट्री {event})</translation>
    </message>
    <message>
        <source>Voided event {voided} of {phone} (event {event})</source>
        <translation>{phone} की एंट्री {voided} रद्द की (एंट्री {event})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message>
        <source>  (not on file)</source>
        <translation>  (रिकॉर्ड में नहीं)</translation>
    </message>
    <message>
        <source>  erased on {day} at the person&apos;s request: blocked from every broadcast until they opt in again</source>
        <translation>  {day} को व्यक्ति के कहने पर मिटाया: फिर से ऑप्ट-इन करने तक हर ब्रॉडकास्ट से रुका</translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation> {when} से</translation>
    </message>
    <message>
        <source> [archived]</source>
        <translation> [आर्काइव]</translation>
    </message>
    <message>
        <source>  no events on file</source>
        <translation>  रिकॉर्ड में कोई एंट्री नहीं</translation>
    </message>
    <message>
        <source>         confirmation: {text}</source>
        <translation>         पुष्टि: {text}</translation>
    </message>
    <message>
        <source>broken: {finding}</source>
        <translation>टूटा: {finding}</translation>
    </message>
    <message>
        <source>altered: {problem}</source>
        <translation>बदला गया: {problem}</translation>
    </message>
    <message>
        <source>checked beside the chain: wordings {wordings}, scans {scans}, people whose consent state was refolded {people}</source>
        <translation>चेन के साथ जाँचा: शब्दावली {wordings}, स्कैन {scans}, लोग जिनकी सहमति की स्थिति फिर से बनाई गई {people}</translation>
    </message>
    <message>
        <source>broken: {problem}</source>
        <translation>टूटा: {problem}</translation>
    </message>
    <message>
        <source>broken: event {event}: {problem}</source>
        <translation>टूटा: एंट्री {event}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>broken: the earlier head {head} is not in the chain of %n event(s)</source>
        <translation>
            <numerusform>टूटा: पहले वाला हेड {head} %n एंट्री की चेन में नहीं है</numerusform>
            <numerusform>टूटा: पहले वाला हेड {head} %n एंट्री की चेन में नहीं है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n event(s), head {head}</source>
        <translation>
            <numerusform>ok: %n एंट्री, हेड {head}</numerusform>
            <numerusform>ok: %n एंट्री, हेड {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the ledger&apos;s append-only guards are missing or off ({names}): the backup was made and checked, but the ledger could have been rewritten; run verify</source>
        <translation>चेतावनी: लेजर के सिर्फ़-जोड़ने वाले (append-only) गार्ड नहीं हैं या बंद हैं ({names}): बैकअप बना और जाँचा गया, पर लेजर दोबारा लिखा जा सकता था; verify चलाएँ</translation>
    </message>
    <message numerus="yes">
        <source>{source}: {kind}, %n message(s)</source>
        <translation>
            <numerusform>{source}: {kind}, %n मैसेज</numerusform>
            <numerusform>{source}: {kind}, %n मैसेज</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>नोट: {note}</translation>
    </message>
    <message>
        <source> (already read)</source>
        <translation> (पहले ही पढ़ी)</translation>
    </message>
    <message>
        <source>line {line}: not read: {problem}</source>
        <translation>लाइन {line}: नहीं पढ़ी गई: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not read</source>
        <translation>
            <numerusform>%n लाइन नहीं पढ़ी गई</numerusform>
            <numerusform>%n लाइनें नहीं पढ़ी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incoming message(s) left aside</source>
        <translation>
            <numerusform>, %n आने वाला मैसेज अलग रखा</numerusform>
            <numerusform>, %n आने वाले मैसेज अलग रखे</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to keep: no message status could be read from this report.</source>
        <translation>रखने को कुछ नहीं: इस रिपोर्ट से किसी मैसेज की स्थिति पढ़ी नहीं जा सकी।</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing kept. Run again with --apply to keep %n outcome(s).</source>
        <translation>
            <numerusform>ड्राई रन: कुछ नहीं रखा। %n नतीजा रखने के लिए --apply के साथ फिर चलाएँ।</numerusform>
            <numerusform>ड्राई रन: कुछ नहीं रखा। %n नतीजे रखने के लिए --apply के साथ फिर चलाएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: this report was read before.</source>
        <translation>कुछ नया नहीं: यह रिपोर्ट पहले पढ़ी जा चुकी है।</translation>
    </message>
    <message>
        <source>Nothing new: this report was read before; nothing added.</source>
        <translation>कुछ नया नहीं: यह रिपोर्ट पहले पढ़ी जा चुकी है; कुछ नहीं जोड़ा।</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n outcome(s).</source>
        <translation>
            <numerusform>%n नतीजा रखा।</numerusform>
            <numerusform>%n नतीजे रखे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted out of marketing (WhatsApp&apos;s stop button): %n.</source>
        <translation>
            <numerusform>मार्केटिंग से ऑप्ट-आउट (WhatsApp का स्टॉप बटन): %n।</numerusform>
            <numerusform>मार्केटिंग से ऑप्ट-आउट (WhatsApp का स्टॉप बटन): %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers marked undeliverable: %n.</source>
        <translation>
            <numerusform>जिन नंबरों पर मैसेज नहीं पहुँच सकता: %n।</numerusform>
            <numerusform>जिन नंबरों पर मैसेज नहीं पहुँच सकता: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by WhatsApp: %n.</source>
        <translation>
            <numerusform>WhatsApp ने रोके: %n।</numerusform>
            <numerusform>WhatsApp ने रोके: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n suppressed (person, kind of message) row(s) to {file}</source>
        <translation>
            <numerusform>%n रोकी गई (व्यक्ति, मैसेज का प्रकार) पंक्ति {file} में लिखी</numerusform>
            <numerusform>%n रोकी गई (व्यक्ति, मैसेज का प्रकार) पंक्तियाँ {file} में लिखीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation>
            <numerusform>%n एंट्री {file} में लिखी</numerusform>
            <numerusform>%n एंट्री {file} में लिखीं</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only file, folder or medium): &apos;{command}&apos; needs to write; nothing was done</source>
        <translation>{where} में लिखा नहीं जा सकता (सिर्फ़ पढ़ने वाली फ़ाइल, फ़ोल्डर या मीडिया): &apos;{command}&apos; को लिखना है; कुछ नहीं किया गया</translation>
    </message>
    <message>
        <source>Note: {where} cannot be written; opened read-only</source>
        <translation>नोट: {where} में लिखा नहीं जा सकता; सिर्फ़ पढ़ने के लिए खोला</translation>
    </message>
    <message>
        <source>the output could not be written ({problem})</source>
        <translation>आउटपुट लिखा नहीं जा सका ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n message(s) as sent</source>
        <translation>
            <numerusform>%n मैसेज भेजा हुआ दर्ज किया</numerusform>
            <numerusform>%n मैसेज भेजे हुए दर्ज किए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to {file} (head {head})</source>
        <translation>
            <numerusform>%n एंट्री का बैकअप {file} में लिया (हेड {head})</numerusform>
            <numerusform>%n एंट्री का बैकअप {file} में लिया (हेड {head})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had changed since the backup of {when} UTC (same ledger head and count, no other change counted): it was reused</source>
        <translation>{when} UTC के बैकअप के बाद कुछ नहीं बदला (वही लेजर हेड और गिनती, कोई और बदलाव नहीं): उसी को फिर इस्तेमाल किया</translation>
    </message>
    <message>
        <source>Restoring {file}:</source>
        <translation>{file} वापस लाया जा रहा है:</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run)</source>
        <translation>कुछ नहीं बदला (--dry-run)</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n other connection(s) to the records (--force)</source>
        <translation>
            <numerusform>रिकॉर्ड से %n दूसरा कनेक्शन काटा जा रहा है (--force)</numerusform>
            <numerusform>रिकॉर्ड से %n दूसरे कनेक्शन काटे जा रहे हैं (--force)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n event(s).</source>
        <translation>
            <numerusform>%n एंट्री वापस लाई।</numerusform>
            <numerusform>%n एंट्री वापस लाईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n opt-out(s).</source>
        <translation>
            <numerusform>%n ऑप्ट-आउट फिर से लागू किया।</numerusform>
            <numerusform>%n ऑप्ट-आउट फिर से लागू किए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n erasure(s).</source>
        <translation>
            <numerusform>%n मिटाना फिर से लागू किया।</numerusform>
            <numerusform>%n मिटाने फिर से लागू किए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n event(s), head {head}.</source>
        <translation>
            <numerusform>रिकॉर्ड में %n एंट्री है, हेड {head}।</numerusform>
            <numerusform>रिकॉर्ड में %n एंट्री हैं, हेड {head}।</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced records are kept in {file}.</source>
        <translation>बदले गए रिकॉर्ड {file} में रखे हैं।</translation>
    </message>
    <message>
        <source>The backup&apos;s consent table did not match its ledger (it was edited outside the program): every person&apos;s consent was worked out again from the ledger.</source>
        <translation>बैकअप की सहमति तालिका उसके लेजर से मेल नहीं खाती थी (उसे प्रोग्राम के बाहर बदला गया था): हर व्यक्ति की सहमति लेजर से दोबारा निकाली गई।</translation>
    </message>
    <message>
        <source>{number} was erased on {day}; the number stays blocked</source>
        <translation>{number} को {day} को मिटाया गया; नंबर रुका रहेगा</translation>
    </message>
    <message numerus="yes">
        <source>Erased the name, number and %n scan(s).</source>
        <translation>
            <numerusform>नाम, नंबर और %n स्कैन मिटाया।</numerusform>
            <numerusform>नाम, नंबर और %n स्कैन मिटाए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (entry stays|entries stay) in the ledger, and the number stays blocked from broadcasts.</source>
        <translation>
            <numerusform>%n एंट्री लेजर में रहती है, और नंबर ब्रॉडकास्ट से रुका रहता है।</numerusform>
            <numerusform>%n एंट्री लेजर में रहती हैं, और नंबर ब्रॉडकास्ट से रुका रहता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure is recorded, but wiping the freed space of the file failed ({problem}): free some disk space, then run &apos;optin-desk erase {number}&apos; again to wipe it</source>
        <translation>मिटाना दर्ज हुआ, पर फ़ाइल की खाली जगह साफ़ नहीं हो सकी ({problem}): डिस्क में कुछ जगह खाली करें, फिर साफ़ करने के लिए &apos;optin-desk erase {number}&apos; दोबारा चलाएँ</translation>
    </message>
    <message>
        <source>the person is erased from the records, but the server keeps their old row versions while another connection has a transaction open (a computer reading the records): once it ends, run &apos;optin-desk erase {number}&apos; again</source>
        <translation>व्यक्ति रिकॉर्ड से मिटा दिया गया, पर जब तक किसी दूसरे कनेक्शन का ट्रांज़ैक्शन खुला है (कोई कंप्यूटर रिकॉर्ड पढ़ रहा है), सर्वर उनकी पंक्तियों के पुराने वर्ज़न रखता है: उसके ख़त्म होने पर &apos;optin-desk erase {number}&apos; दोबारा चलाएँ</translation>
    </message>
    <message>
        <source>the person is erased from the records, but still readable in the file until another program that has it open (an OptIn Desk window on this computer, or another process) closes it: close it, then run &apos;optin-desk erase {number}&apos; again (or add --wait SECONDS)</source>
        <translation>व्यक्ति रिकॉर्ड से मिटा दिया गया, पर जब तक फ़ाइल को खोले हुए दूसरा प्रोग्राम (इस कंप्यूटर पर OptIn Desk विंडो, या कोई और प्रोसेस) उसे बंद नहीं करता, तब तक वह फ़ाइल में पढ़ा जा सकता है: उसे बंद करें, फिर &apos;optin-desk erase {number}&apos; दोबारा चलाएँ (या --wait SECONDS जोड़ें)</translation>
    </message>
    <message>
        <source>The server&apos;s old row versions were vacuumed; its own write-ahead log and its backups keep them until they are recycled or deleted.</source>
        <translation>सर्वर पर पंक्तियों के पुराने वर्ज़न साफ़ (vacuum) किए गए; सर्वर का अपना write-ahead log और उसके बैकअप उन्हें तब तक रखते हैं जब तक वे दोबारा इस्तेमाल या हटाए नहीं जाते।</translation>
    </message>
    <message>
        <source>Wiped the freed space of the file again</source>
        <translation>फ़ाइल की खाली जगह फिर से साफ़ की</translation>
    </message>
    <message>
        <source>No backups of these records are known to this program.</source>
        <translation>इस प्रोग्राम की जानकारी में इन रिकॉर्ड का कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>  {path}: erased, checked</source>
        <translation>  {path}: मिटाया, जाँचा</translation>
    </message>
    <message>
        <source>  {path}: erased, checked; the checkpoint beside it still holds (same ledger)</source>
        <translation>  {path}: मिटाया, जाँचा; इसके साथ का चेकपॉइंट अब भी सही है (वही लेजर)</translation>
    </message>
    <message>
        <source>  {path}: the person is not in it</source>
        <translation>  {path}: व्यक्ति इसमें नहीं है</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): deleted</source>
        <translation>  {path}: दोबारा लिखा नहीं जा सका ({reason}): हटाया गया</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): it still holds {number}; delete it, or run again with --remove-unerasable</source>
        <translation>  {path}: दोबारा लिखा नहीं जा सका ({reason}): इसमें अब भी {number} है; इसे हटाएँ, या --remove-unerasable के साथ दोबारा चलाएँ</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>मालिक का PIN सेट हुआ</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>मालिक का PIN हटाया गया</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n contact(s)</source>
        <translation>
            <numerusform>%n में से {done} संपर्क</numerusform>
            <numerusform>%n में से {done} संपर्क</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>%n डेमो संपर्क जोड़ा।</numerusform>
            <numerusform>%n डेमो संपर्क जोड़े।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n event(s) in all.</source>
        <translation>
            <numerusform>उनकी कुल %n एंट्री है।</numerusform>
            <numerusform>उनकी कुल %n एंट्री हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>अभी कोई फ़ॉर्म नहीं छपा।</translation>
    </message>
    <message>
        <source>Note: not translated into {language}, printed in the shop&apos;s language: {kinds} (set them with &apos;category KEY --language {code}&apos;)</source>
        <translation>नोट: {language} में अनुवाद नहीं, दुकान की भाषा में छपा: {kinds} (&apos;category KEY --language {code}&apos; से सेट करें)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</source>
        <translation>
            <numerusform>{language} में %n फ़ॉर्म छापा (शब्दावली v{version}, {paper}) {file} में: सीरियल {first} … {last}</numerusform>
            <numerusform>{language} में %n फ़ॉर्म छापे (शब्दावली v{version}, {paper}) {file} में: सीरियल {first} … {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof of consent for {phone} (%n (entry|entries)) written to {file}; ledger head {head}</source>
        <translation>
            <numerusform>{phone} की सहमति का सबूत (%n एंट्री) {file} में लिखा; लेजर हेड {head}</numerusform>
            <numerusform>{phone} की सहमति का सबूत (%n एंट्री) {file} में लिखा; लेजर हेड {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Its JSON proof, for an auditor to check with verify-proof: {file}</source>
        <translation>इसका JSON प्रमाण, जिसे ऑडिटर verify-proof से जाँच सकता है: {file}</translation>
    </message>
    <message numerus="yes">
        <source>batch {batch}: {when} by {who}, %n form(s) in {language} (wording v{version}, {paper})</source>
        <translation>
            <numerusform>बैच {batch}: {when}, {who} ने, {language} में %n फ़ॉर्म (शब्दावली v{version}, {paper})</numerusform>
            <numerusform>बैच {batch}: {when}, {who} ने, {language} में %n फ़ॉर्म (शब्दावली v{version}, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>{name} के लिए</translation>
    </message>
    <message>
        <source>{returned} returned, {outstanding} outstanding</source>
        <translation>{returned} वापस आए, {outstanding} बाकी</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n पंक्ति:</numerusform>
            <numerusform>%n पंक्तियाँ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add,</source>
        <translation>
            <numerusform>%n जोड़ना है,</numerusform>
            <numerusform>%n जोड़ने हैं,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (would undo an opt-out),</source>
        <translation>
            <numerusform>%n छोड़ी (ऑप्ट-आउट पलट देती),</numerusform>
            <numerusform>%n छोड़ीं (ऑप्ट-आउट पलट देतीं),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded,</source>
        <translation>
            <numerusform>%n पहले से दर्ज,</numerusform>
            <numerusform>%n पहले से दर्ज,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n अमान्य</numerusform>
            <numerusform>%n अमान्य</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (erased on request)</source>
        <translation>
            <numerusform>%n मना (कहने पर मिटाया गया)</numerusform>
            <numerusform>%n मना (कहने पर मिटाए गए)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (paper form(s) without a serial)</source>
        <translation>
            <numerusform>%n मना (सीरियल के बिना काग़ज़ी फ़ॉर्म)</numerusform>
            <numerusform>%n मना (सीरियल के बिना काग़ज़ी फ़ॉर्म)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n event(s) and every other record to {where}</source>
        <translation>
            <numerusform>%n एंट्री और बाकी हर रिकॉर्ड {where} में ले जाया गया</numerusform>
            <numerusform>%n एंट्री और बाकी हर रिकॉर्ड {where} में ले जाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n पंक्ति</numerusform>
            <numerusform>%n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head on both sides: {head}</source>
        <translation>दोनों तरफ़ लेजर हेड: {head}</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) copied to {folder}</source>
        <translation>
            <numerusform>%n स्कैन {folder} में कॉपी हुआ</numerusform>
            <numerusform>%n स्कैन {folder} में कॉपी हुए</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every computer at it: optin-desk --db URL, or set OPTIN_DESK_DB=URL</source>
        <translation>हर कंप्यूटर को इस पर लगाएँ: optin-desk --db URL, या OPTIN_DESK_DB=URL सेट करें</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(कोई नंबर नहीं)</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>छोड़ा: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {who}: “{message}” → {verdict} ({why})</source>
        <translation>पंक्ति {row}: {who}: “{message}” → {verdict} ({why})</translation>
    </message>
    <message numerus="yes">
        <source>%n (reply|replies):</source>
        <translation>
            <numerusform>%n जवाब:</numerusform>
            <numerusform>%n जवाब:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-out(s),</source>
        <translation>
            <numerusform>%n साफ़ ऑप्ट-आउट,</numerusform>
            <numerusform>%n साफ़ ऑप्ट-आउट,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to decide,</source>
        <translation>
            <numerusform>%n किसी व्यक्ति के तय करने के लिए,</numerusform>
            <numerusform>%n किसी व्यक्ति के तय करने के लिए,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in request(s),</source>
        <translation>
            <numerusform>%n ऑप्ट-इन अनुरोध,</numerusform>
            <numerusform>%n ऑप्ट-इन अनुरोध,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n छोड़ा</numerusform>
            <numerusform>%n छोड़े</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the opt-outs.</source>
        <translation>ड्राई रन: कुछ दर्ज नहीं हुआ। ऑप्ट-आउट दर्ज करने के लिए --apply के साथ फिर चलाएँ।</translation>
    </message>
    <message>
        <source>No clear opt-outs to record.</source>
        <translation>दर्ज करने को कोई साफ़ ऑप्ट-आउट नहीं।</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope}; confirmation to send:</source>
        <translation>{phone} का {scope} से ऑप्ट-आउट दर्ज; भेजने वाली पुष्टि:</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n opt-out(s).</source>
        <translation>
            <numerusform>%n ऑप्ट-आउट दर्ज किया।</numerusform>
            <numerusform>%n ऑप्ट-आउट दर्ज किए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Their confirmations wait in the app&apos;s Opt-outs page until marked sent.</source>
        <translation>उनकी पुष्टियाँ ऐप के ऑप्ट-आउट पेज पर तब तक इंतज़ार करती हैं जब तक भेजी हुई न मानी जाएँ।</translation>
    </message>
    <message>
        <source>row {row}:</source>
        <translation>पंक्ति {row}:</translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the rows to add.</source>
        <translation>ड्राई रन: कुछ दर्ज नहीं हुआ। जोड़ने वाली पंक्तियाँ दर्ज करने के लिए --apply के साथ फिर चलाएँ।</translation>
    </message>
    <message>
        <source>--apply refuses the file while a row is invalid: fix those rows, or add --skip-invalid to record the others.</source>
        <translation>जब तक कोई पंक्ति अमान्य है --apply फ़ाइल नहीं लेता: वे पंक्तियाँ ठीक करें, या बाकी दर्ज करने के लिए --skip-invalid जोड़ें।</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) (method: imported).</source>
        <translation>
            <numerusform>%n रिकॉर्ड इंपोर्ट किया (तरीका: imported)।</numerusform>
            <numerusform>%n रिकॉर्ड इंपोर्ट किए (तरीका: imported)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>नोट: {note}</translation>
    </message>
    <message>
        <source>Wrote {file}:</source>
        <translation>{file} लिखी:</translation>
    </message>
    <message numerus="yes">
        <source>%n broadcast(s),</source>
        <translation>
            <numerusform>%n ब्रॉडकास्ट,</numerusform>
            <numerusform>%n ब्रॉडकास्ट,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n चेतावनी।</numerusform>
            <numerusform>%n चेतावनियाँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the reading of {day}.</source>
        <translation>{day} की रीडिंग रखी।</translation>
    </message>
    <message>
        <source>That reading was already kept.</source>
        <translation>वह रीडिंग पहले ही रखी जा चुकी है।</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n new reading(s).</source>
        <translation>
            <numerusform>%n नई रीडिंग रखी।</numerusform>
            <numerusform>%n नई रीडिंग रखीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>, limit {limit}</source>
        <translation>, सीमा {limit}</translation>
    </message>
    <message>
        <source>{sender} on {day}: quality {rating}, {status}{limit}</source>
        <translation>{sender} {day} को: गुणवत्ता {rating}, {status}{limit}</translation>
    </message>
    <message>
        <source>broadcast {check} ({file}, {day}):</source>
        <translation>ब्रॉडकास्ट {check} ({file}, {day}):</translation>
    </message>
    <message numerus="yes">
        <source>%n sent;</source>
        <translation>
            <numerusform>%n भेजा;</numerusform>
            <numerusform>%n भेजे;</numerusform>
        </translation>
    </message>
    <message>
        <source>no delivery report</source>
        <translation>कोई डिलीवरी रिपोर्ट नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) within 7 days</source>
        <translation>
            <numerusform>7 दिनों में %n ऑप्ट-आउट</numerusform>
            <numerusform>7 दिनों में %n ऑप्ट-आउट</numerusform>
        </translation>
    </message>
    <message>
        <source>opted in by {method}:</source>
        <translation>ऑप्ट-इन का तरीका “{method}”:</translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people),</source>
        <translation>
            <numerusform>%n व्यक्ति,</numerusform>
            <numerusform>%n लोग,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out since</source>
        <translation>
            <numerusform>%n ने तब से ऑप्ट-आउट किया</numerusform>
            <numerusform>%n ने तब से ऑप्ट-आउट किया</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>चेतावनी: {warning}</translation>
    </message>
    <message>
        <source>Wrote the records key ({id}) to {path}: carry it to the other computer, run &apos;optin-desk records-key --import FILE&apos; there, then delete the file</source>
        <translation>रिकॉर्ड-की ({id}) {path} में लिखी: इसे दूसरे कंप्यूटर पर ले जाएँ, वहाँ &apos;optin-desk records-key --import FILE&apos; चलाएँ, फिर फ़ाइल हटा दें</translation>
    </message>
    <message>
        <source>Kept the records key ({id}) in {path}</source>
        <translation>रिकॉर्ड-की ({id}) {path} में रखी</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (&apos;{prog} --help&apos; देखें)</translation>
    </message>
    <message numerus="yes">
        <source>Check {check}, kept {when} UTC: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>जाँच {check}, {when} UTC को रखी गई: {kind} के लिए {source} की %n पंक्ति</numerusform>
            <numerusform>जाँच {check}, {when} UTC को रखी गई: {kind} के लिए {source} की %n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as sent on {day}.</source>
        <translation>{day} को भेजी गई दर्ज।</translation>
    </message>
    <message>
        <source>No check was kept yet.</source>
        <translation>अभी तक कोई जाँच नहीं रखी गई।</translation>
    </message>
    <message numerus="yes">
        <source>{check}  {when} UTC  {file}  {kind}  %n row(s)</source>
        <translation>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n पंक्ति</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>{day} को भेजी गई</translation>
    </message>
    <message>
        <source>{key} in {language}: {label} ({language} wording v{version})</source>
        <translation>{key} {language} में: {label} ({language} शब्दावली v{version})</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>आर्ग्युमेंट {argument}: {message}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>ये आर्ग्युमेंट ज़रूरी हैं: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>इनमें से एक आर्ग्युमेंट ज़रूरी है: {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>अज्ञात आर्ग्युमेंट: {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>अस्पष्ट विकल्प: {option} का मतलब {matches} में से कोई भी हो सकता है</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>{argument} के साथ इस्तेमाल नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>कोई मान नहीं लेता: {value}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>एक मान चाहिए</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ज़्यादा से ज़्यादा एक मान चाहिए</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>कम से कम एक मान चाहिए</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>पूर्ण संख्या नहीं है: {value}</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>अमान्य {type} मान: {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>अमान्य चुनाव: {value} (इनमें से चुनें: {choices})</translation>
    </message>
    <message>
        <source>unknown parser {command} (choices: {choices})</source>
        <translation>अज्ञात कमांड: {command} (विकल्प: {choices})</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>this computer&apos;s public signing key</source>
        <translation>इस कंप्यूटर की सार्वजनिक साइनिंग की</translation>
    </message>
    <message>
        <source>take a signed checkpoint of the ledger (kept away, it anchors it)</source>
        <translation>लेजर का साइन किया हुआ चेकपॉइंट बनाएँ (कहीं और रखा जाए तो यह लेजर को पक्का करता है)</translation>
    </message>
    <message>
        <source>also write it to this file or folder</source>
        <translation>इसे इस फ़ाइल या फ़ोल्डर में भी लिखें</translation>
    </message>
    <message>
        <source>check a proof JSON on its own (no database needed)</source>
        <translation>JSON प्रमाण को अकेले जाँचें (डेटाबेस की ज़रूरत नहीं)</translation>
    </message>
    <message>
        <source>the shop&apos;s public key (base64) or its fingerprint</source>
        <translation>दुकान की सार्वजनिक की (base64) या उसका फ़िंगरप्रिंट</translation>
    </message>
    <message>
        <source>the number printed for people to reach the shop</source>
        <translation>दुकान से संपर्क के लिए छपने वाला नंबर</translation>
    </message>
    <message>
        <source>an e-mail printed on forms</source>
        <translation>फ़ॉर्म पर छपने वाला ई-मेल</translation>
    </message>
    <message>
        <source>where the privacy notice is (a URL or a line)</source>
        <translation>गोपनीयता सूचना कहाँ है (URL या एक पंक्ति)</translation>
    </message>
    <message>
        <source>years the records are kept after a person opts out (default 3)</source>
        <translation>व्यक्ति के ऑप्ट-आउट के बाद रिकॉर्ड कितने साल रखे जाएँ (डिफ़ॉल्ट 3)</translation>
    </message>
    <message>
        <source>where the records are kept (default: this computer, or the shop&apos;s server)</source>
        <translation>रिकॉर्ड कहाँ रखे जाते हैं (डिफ़ॉल्ट: यह कंप्यूटर, या दुकान का सर्वर)</translation>
    </message>
    <message>
        <source>who else receives numbers and messages, separated by &apos;;&apos; (default: Meta Platforms, as the provider of WhatsApp)</source>
        <translation>और कौन नंबर और संदेश पाता है, &apos;;&apos; से अलग करके (डिफ़ॉल्ट: Meta Platforms, WhatsApp की प्रदाता के रूप में)</translation>
    </message>
    <message>
        <source>set a category&apos;s label and description in one language</source>
        <translation>किसी प्रकार का नाम और विवरण एक भाषा में तय करें</translation>
    </message>
    <message>
        <source>the category&apos;s key, e.g. offers</source>
        <translation>प्रकार की कुंजी, जैसे offers</translation>
    </message>
    <message>
        <source>its label</source>
        <translation>उसका नाम</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>उसका विवरण</translation>
    </message>
    <message>
        <source>erase a person&apos;s name, number and scans</source>
        <translation>किसी व्यक्ति का नाम, नंबर और स्कैन मिटाएँ</translation>
    </message>
    <message>
        <source>how long to wait for other programs reading the records before saying who still holds them (default 10)</source>
        <translation>रिकॉर्ड पढ़ रहे दूसरे प्रोग्रामों का कितनी देर इंतज़ार करें, फिर बताएँ कि उन्हें अब भी कौन खोले हुए है (डिफ़ॉल्ट 10)</translation>
    </message>
    <message>
        <source>also erase the person from every backup this program knows of</source>
        <translation>व्यक्ति को उन सभी बैकअप से भी मिटाएँ जिनकी इस प्रोग्राम को जानकारी है</translation>
    </message>
    <message>
        <source>with --from-backups: delete a backup that cannot be rewritten (a server&apos;s dump, a damaged file) instead of keeping it</source>
        <translation>--from-backups के साथ: जो बैकअप दोबारा लिखा न जा सके (सर्वर का डंप, खराब फ़ाइल) उसे रखने के बजाय हटा दें</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>उपयोग: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>आर्ग्युमेंट</translation>
    </message>
    <message>
        <source>options</source>
        <translation>विकल्प</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>यह सहायता दिखाएँ और बंद करें</translation>
    </message>
    <message>
        <source>who records it (default: the name this computer remembers, else your login)</source>
        <translation>कौन दर्ज कर रहा है (डिफ़ॉल्ट: इस कंप्यूटर का याद रखा नाम, नहीं तो आपका लॉगिन)</translation>
    </message>
    <message>
        <source>the person&apos;s WhatsApp number, in any usual format</source>
        <translation>व्यक्ति का WhatsApp नंबर, किसी भी आम तरीके से लिखा</translation>
    </message>
    <message>
        <source>print JSON instead of lines of text</source>
        <translation>टेक्स्ट की पंक्तियों के बजाय JSON दिखाएँ</translation>
    </message>
    <message>
        <source>the language of messages: {languages} (default: the system&apos;s)</source>
        <translation>संदेशों की भाषा: {languages} (डिफ़ॉल्ट: सिस्टम की भाषा)</translation>
    </message>
    <message>
        <source>Keep the WhatsApp consent records of a small shop. Without a command, the desktop window opens.</source>
        <translation>छोटी दुकान के WhatsApp सहमति रिकॉर्ड रखता है। कोई कमांड न दें तो प्रोग्राम की विंडो खुलती है।</translation>
    </message>
    <message>
        <source>database file or URL (default: OPTIN_DESK_DB, else the user data folder)</source>
        <translation>डेटाबेस फ़ाइल या URL (डिफ़ॉल्ट: OPTIN_DESK_DB, नहीं तो उपयोगकर्ता का डेटा फ़ोल्डर)</translation>
    </message>
    <message>
        <source>the owner PIN, for settings, erase, restore, backup, export, suppression and voiding an opt-out (or OPTIN_DESK_PIN)</source>
        <translation>मालिक का PIN: सेटिंग, मिटाने, रीस्टोर, बैकअप, एक्सपोर्ट, सप्रेशन सूची और ऑप्ट-आउट रद्द करने के लिए (या OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>create the database and the business profile</source>
        <translation>डेटाबेस और दुकान की प्रोफ़ाइल बनाएँ</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <source>default country, e.g. GB</source>
        <translation>डिफ़ॉल्ट देश, जैसे IN</translation>
    </message>
    <message>
        <source>a WhatsApp number</source>
        <translation>एक WhatsApp नंबर</translation>
    </message>
    <message>
        <source>service or marketing</source>
        <translation>service या marketing</translation>
    </message>
    <message>
        <source>the shop&apos;s address, printed on forms</source>
        <translation>दुकान का पता, फ़ॉर्म पर छपता है</translation>
    </message>
    <message>
        <source>default language of wordings</source>
        <translation>शब्दावली की डिफ़ॉल्ट भाषा</translation>
    </message>
    <message>
        <source>a staff name offered in &apos;Recorded by&apos;</source>
        <translation>कर्मचारी का नाम, जो &apos;दर्ज करने वाला&apos; में दिखेगा</translation>
    </message>
    <message>
        <source>record an opt-in</source>
        <translation>ऑप्ट-इन दर्ज करें</translation>
    </message>
    <message>
        <source>a category key, marketing or all; repeat for more</source>
        <translation>किसी प्रकार की कुंजी, marketing या all; ज़्यादा के लिए दोहराएँ</translation>
    </message>
    <message>
        <source>how the person agreed</source>
        <translation>व्यक्ति ने सहमति कैसे दी</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>व्यक्ति का नाम</translation>
    </message>
    <message>
        <source>ISO date or date-time (default: now); a date alone is that day</source>
        <translation>ISO तारीख या तारीख-समय (डिफ़ॉल्ट: अभी); सिर्फ़ तारीख का मतलब वह पूरा दिन</translation>
    </message>
    <message>
        <source>serial of the signed paper form (a paper_form opt-in needs it)</source>
        <translation>साइन किए गए काग़ज़ी फ़ॉर्म का सीरियल (paper_form ऑप्ट-इन के लिए ज़रूरी)</translation>
    </message>
    <message>
        <source>the form was printed elsewhere: keep its serial as typed, with a note</source>
        <translation>फ़ॉर्म कहीं और छपा था: उसका सीरियल जैसा लिखा वैसा ही रखें, एक नोट के साथ</translation>
    </message>
    <message>
        <source>scan of the signed form</source>
        <translation>साइन किए गए फ़ॉर्म का स्कैन</translation>
    </message>
    <message>
        <source>a note kept with the record</source>
        <translation>रिकॉर्ड के साथ रखा जाने वाला नोट</translation>
    </message>
    <message>
        <source>language of the wording shown</source>
        <translation>दिखाई गई शब्दावली की भाषा</translation>
    </message>
    <message>
        <source>record though the clock is behind the last record (the clock was checked)</source>
        <translation>दर्ज करें, भले घड़ी पिछले रिकॉर्ड से पीछे हो (घड़ी जाँच ली गई है)</translation>
    </message>
    <message>
        <source>the number was erased on request: this is the person&apos;s own new consent</source>
        <translation>यह नंबर अनुरोध पर मिटाया गया था: यह उसी व्यक्ति की अपनी नई सहमति है</translation>
    </message>
    <message>
        <source>record an opt-out; prints the confirmation</source>
        <translation>ऑप्ट-आउट दर्ज करें; पुष्टि दिखाता है</translation>
    </message>
    <message>
        <source>what stops: one category, all marketing, or everything</source>
        <translation>क्या बंद होगा: एक प्रकार, सारी मार्केटिंग, या सब कुछ</translation>
    </message>
    <message>
        <source>how the opt-out came</source>
        <translation>ऑप्ट-आउट कैसे आया</translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation>ग्राहक के अपने शब्द</translation>
    </message>
    <message>
        <source>why, if the person said</source>
        <translation>क्यों, अगर व्यक्ति ने बताया</translation>
    </message>
    <message>
        <source>language of the confirmation</source>
        <translation>पुष्टि की भाषा</translation>
    </message>
    <message>
        <source>when the confirmation went out (else: pending)</source>
        <translation>पुष्टि कब भेजी गई (नहीं तो: बाकी)</translation>
    </message>
    <message>
        <source>void a mistaken event, with a reason</source>
        <translation>गलत एंट्री को कारण के साथ रद्द करें</translation>
    </message>
    <message>
        <source>the number of the event, as history shows it</source>
        <translation>एंट्री का नंबर, जैसा history दिखाता है</translation>
    </message>
    <message>
        <source>why the event was a mistake (kept)</source>
        <translation>एंट्री गलत क्यों थी (यह रखा जाता है)</translation>
    </message>
    <message>
        <source>current consent of a number</source>
        <translation>किसी नंबर की मौजूदा सहमति</translation>
    </message>
    <message>
        <source>every event of a number, oldest first</source>
        <translation>किसी नंबर की सभी एंट्री, सबसे पुरानी पहले</translation>
    </message>
    <message>
        <source>recompute the ledger&apos;s hash chain</source>
        <translation>लेजर की हैश चेन दोबारा गणना करें</translation>
    </message>
    <message>
        <source>an earlier head that must be in the chain</source>
        <translation>पहले का हेड, जो चेन में होना चाहिए</translation>
    </message>
    <message>
        <source>a checkpoint file, or a folder (a backup stick) searched for them: each must be in the ledger</source>
        <translation>चेकपॉइंट फ़ाइल, या फ़ोल्डर (बैकअप स्टिक) जिसमें उन्हें खोजा जाए: हर एक लेजर में होना चाहिए</translation>
    </message>
    <message>
        <source>every finding, as JSON</source>
        <translation>हर नतीजा, JSON में</translation>
    </message>
    <message>
        <source>every event to a CSV file</source>
        <translation>सभी एंट्री एक CSV फ़ाइल में</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>लिखी जाने वाली CSV फ़ाइल</translation>
    </message>
    <message>
        <source>check a recipient list before a broadcast</source>
        <translation>ब्रॉडकास्ट से पहले प्राप्तकर्ताओं की सूची जाँचें</translation>
    </message>
    <message>
        <source>CSV, text, .xlsx or .vcf; - reads stdin</source>
        <translation>CSV, टेक्स्ट, .xlsx या .vcf; - stdin पढ़ता है</translation>
    </message>
    <message>
        <source>the kind of message to be sent</source>
        <translation>भेजे जाने वाले संदेश का प्रकार</translation>
    </message>
    <message>
        <source>the column holding the numbers</source>
        <translation>नंबरों वाला कॉलम</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation>Excel वर्कबुक की शीट</translation>
    </message>
    <message>
        <source>every row with its verdict</source>
        <translation>हर पंक्ति अपने फ़ैसले के साथ</translation>
    </message>
    <message>
        <source>the rows that may be sent to</source>
        <translation>वे पंक्तियाँ जिन्हें भेजा जा सकता है</translation>
    </message>
    <message>
        <source>record send rows as messaged</source>
        <translation>&quot;send&quot; वाली पंक्तियों को भेजा हुआ दर्ज करें</translation>
    </message>
    <message>
        <source>with --record-sent: when it went out (default: now)</source>
        <translation>--record-sent के साथ: कब भेजा गया (डिफ़ॉल्ट: अभी)</translation>
    </message>
    <message>
        <source>copy the records to a file or folder</source>
        <translation>रिकॉर्ड को किसी फ़ाइल या फ़ोल्डर में कॉपी करें</translation>
    </message>
    <message>
        <source>a file, or a folder (a USB stick)</source>
        <translation>कोई फ़ाइल, या फ़ोल्डर (USB स्टिक)</translation>
    </message>
    <message>
        <source>replace the records with a backup</source>
        <translation>रिकॉर्ड को बैकअप से बदलें</translation>
    </message>
    <message>
        <source>the backup file to restore from</source>
        <translation>वह बैकअप फ़ाइल जिससे रीस्टोर करना है</translation>
    </message>
    <message>
        <source>only list what would be lost and re-applied</source>
        <translation>सिर्फ़ बताएँ कि क्या खोएगा और क्या दोबारा लागू होगा</translation>
    </message>
    <message>
        <source>replace the records even with a backup that is not a copy of them (owner PIN)</source>
        <translation>रिकॉर्ड को ऐसे बैकअप से भी बदलें जो इनकी कॉपी नहीं है (मालिक का PIN)</translation>
    </message>
    <message>
        <source>on a server: disconnect other computers&apos; open connections to swap the restore in</source>
        <translation>सर्वर पर: रीस्टोर लगाने के लिए दूसरे कंप्यूटरों के खुले कनेक्शन काट दें</translation>
    </message>
    <message>
        <source>set, change (with --pin) or remove (&apos;&apos;) the owner PIN</source>
        <translation>मालिक का PIN सेट करें, बदलें (--pin के साथ) या हटाएँ (&apos;&apos;)</translation>
    </message>
    <message>
        <source>the new PIN, or &apos;&apos; to remove it</source>
        <translation>नया PIN, या हटाने के लिए &apos;&apos;</translation>
    </message>
    <message>
        <source>everyone opted out of something, to a CSV file</source>
        <translation>जिसने भी किसी चीज़ से ऑप्ट-आउट किया, उन सबकी सूची CSV फ़ाइल में</translation>
    </message>
    <message>
        <source>print serialised consent forms to a PDF</source>
        <translation>सीरियल नंबर वाले सहमति फ़ॉर्म PDF में छापें</translation>
    </message>
    <message>
        <source>how many forms</source>
        <translation>कितने फ़ॉर्म</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>लिखी जाने वाली PDF फ़ाइल</translation>
    </message>
    <message>
        <source>en, es, pt, fr, de, id, hi or ar</source>
        <translation>en, es, pt, fr, de, id, hi या ar</translation>
    </message>
    <message>
        <source>default: from the country</source>
        <translation>डिफ़ॉल्ट: देश के हिसाब से</translation>
    </message>
    <message>
        <source>pre-filled, one form</source>
        <translation>एक फ़ॉर्म, पहले से भरा हुआ</translation>
    </message>
    <message>
        <source>list printed batches instead</source>
        <translation>इसके बजाय छपे हुए बैच की सूची दिखाएँ</translation>
    </message>
    <message>
        <source>proof of consent for a number (PDF or JSON)</source>
        <translation>किसी नंबर की सहमति का प्रमाण (PDF या JSON)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .json</source>
        <translation>लिखी जाने वाली फ़ाइल: .pdf या .json</translation>
    </message>
    <message>
        <source>read a batch of customer replies; --apply records the clear opt-outs</source>
        <translation>ग्राहकों के जवाबों का बैच पढ़ें; --apply साफ़ ऑप्ट-आउट दर्ज करता है</translation>
    </message>
    <message>
        <source>CSV, text or .xlsx: number and message</source>
        <translation>CSV, टेक्स्ट या .xlsx: नंबर और संदेश</translation>
    </message>
    <message>
        <source>record the clear opt-outs</source>
        <translation>साफ़ ऑप्ट-आउट दर्ज करें</translation>
    </message>
    <message>
        <source>consent records from another tool (a dry run unless --apply)</source>
        <translation>किसी दूसरे टूल से सहमति रिकॉर्ड (--apply के बिना सिर्फ़ आज़माइश)</translation>
    </message>
    <message>
        <source>CSV or .xlsx: number, scope, action, date</source>
        <translation>CSV या .xlsx: नंबर, scope, कार्रवाई, तारीख</translation>
    </message>
    <message>
        <source>record the rows to add</source>
        <translation>जोड़ी जाने वाली पंक्तियाँ दर्ज करें</translation>
    </message>
    <message>
        <source>with --apply: record the valid rows only</source>
        <translation>--apply के साथ: सिर्फ़ सही पंक्तियाँ दर्ज करें</translation>
    </message>
    <message>
        <source>read a delivery report (a dry run unless --apply)</source>
        <translation>डिलीवरी रिपोर्ट पढ़ें (--apply के बिना सिर्फ़ आज़माइश)</translation>
    </message>
    <message>
        <source>CSV, .xlsx or webhook JSON lines</source>
        <translation>CSV, .xlsx या webhook की JSON पंक्तियाँ</translation>
    </message>
    <message>
        <source>keep it and act on its errors</source>
        <translation>इसे रखें और इसकी गड़बड़ियों पर कार्रवाई करें</translation>
    </message>
    <message>
        <source>fill the database with realistic demo records</source>
        <translation>डेटाबेस को असली जैसे डेमो रिकॉर्ड से भरें</translation>
    </message>
    <message>
        <source>how many people (default 500)</source>
        <translation>कितने लोग (डिफ़ॉल्ट 500)</translation>
    </message>
    <message>
        <source>copy the records into an empty PostgreSQL db</source>
        <translation>रिकॉर्ड को खाली PostgreSQL डेटाबेस में कॉपी करें</translation>
    </message>
    <message>
        <source>render every page of the window to PNG</source>
        <translation>विंडो के हर पेज की PNG तस्वीर बनाएँ</translation>
    </message>
    <message>
        <source>the folder for the pictures</source>
        <translation>तस्वीरों का फ़ोल्डर</translation>
    </message>
    <message>
        <source>the window&apos;s language, e.g. es or ar</source>
        <translation>विंडो की भाषा, जैसे es या ar</translation>
    </message>
    <message>
        <source>the quality log, what came of each broadcast, and warnings</source>
        <translation>क्वालिटी लॉग, हर ब्रॉडकास्ट का नतीजा, और चेतावनियाँ</translation>
    </message>
    <message>
        <source>messaging limit shown</source>
        <translation>दिखाई गई मैसेजिंग सीमा</translation>
    </message>
    <message>
        <source>the day it was read (today)</source>
        <translation>जिस दिन पढ़ा गया (आज)</translation>
    </message>
    <message>
        <source>a one-page PDF report for the owner</source>
        <translation>मालिक के लिए एक पेज की PDF रिपोर्ट</translation>
    </message>
    <message>
        <source>carry the records key (kept outside the database) to another computer</source>
        <translation>रिकॉर्ड-की (जो डेटाबेस के बाहर रखी है) दूसरे कंप्यूटर पर ले जाएँ</translation>
    </message>
    <message>
        <source>write this computer&apos;s key to FILE</source>
        <translation>इस कंप्यूटर की की FILE में लिखें</translation>
    </message>
    <message>
        <source>keep the key read from FILE</source>
        <translation>FILE से पढ़ी गई की रखें</translation>
    </message>
    <message>
        <source>the checks kept; with a number, that check&apos;s rows written out again</source>
        <translation>रखी गई जाँचें; किसी संख्या के साथ, उस जाँच की पंक्तियाँ फिर से लिखी जाती हैं</translation>
    </message>
    <message>
        <source>the number of a kept check</source>
        <translation>किसी रखी गई जाँच की संख्या</translation>
    </message>
    <message>
        <source>every row with its verdict, as it was judged</source>
        <translation>हर पंक्ति अपने नतीजे के साथ, जैसे उसे परखा गया था</translation>
    </message>
    <message>
        <source>the rows that were found fit to be sent to</source>
        <translation>वे पंक्तियाँ जिन्हें भेजा जा सकता था</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>paper form</source>
        <translation>काग़ज़ का फ़ॉर्म</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>सामने</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>फ़ोन कॉल</translation>
    </message>
    <message>
        <source>phone menu (IVR)</source>
        <translation>फ़ोन मेन्यू (IVR)</translation>
    </message>
    <message>
        <source>website</source>
        <translation>वेबसाइट</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>in a WhatsApp chat</source>
        <translation>WhatsApp चैट में</translation>
    </message>
    <message>
        <source>at the till</source>
        <translation>काउंटर पर</translation>
    </message>
    <message>
        <source>sign-up form</source>
        <translation>साइन-अप फ़ॉर्म</translation>
    </message>
    <message>
        <source>click-to-WhatsApp ad</source>
        <translation>Click-to-WhatsApp विज्ञापन</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>इंपोर्ट किया</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>WhatsApp जवाब</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>चिट्ठी</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>WhatsApp का स्टॉप बटन</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
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
        <source>opt-in</source>
        <translation>ऑप्ट-इन</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>void</source>
        <translation>रद्द</translation>
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
        <translation>सभी संदेश</translation>
    </message>
    <message>
        <source>all marketing messages</source>
        <translation>सभी मार्केटिंग संदेश</translation>
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
        <source>Opted out</source>
        <translation>ऑप्ट-आउट किया</translation>
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
        <source>sent</source>
        <translation>भेजा</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>पहुँचा</translation>
    </message>
    <message>
        <source>read</source>
        <translation>पढ़ा</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>कनेक्टेड</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>फ़्लैग किया गया</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>प्रतिबंधित</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>स्पेनिश</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>पुर्तगाली</translation>
    </message>
    <message>
        <source>French</source>
        <translation>फ़्रेंच</translation>
    </message>
    <message>
        <source>German</source>
        <translation>जर्मन</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>इंडोनेशियाई</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>अरबी</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n भेजा</numerusform>
            <numerusform>%n भेजे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n पहुँचा</numerusform>
            <numerusform>%n पहुँचे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n पढ़ा</numerusform>
            <numerusform>%n पढ़े</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n फ़ेल</numerusform>
            <numerusform>%n फ़ेल</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the details of an entry</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>to add</source>
        <translation>जोड़ना है</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>छोड़ा</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>पहले से दर्ज</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>अमान्य</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>मना</translation>
    </message>
    <message>
        <source>opt-in request (staff confirm in the app)</source>
        <translation>ऑप्ट-इन अनुरोध (स्टाफ़ ऐप में पक्का करे)</translation>
    </message>
    <message>
        <source>a person decides</source>
        <translation>कोई व्यक्ति तय करे</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>दर्ज करने को कुछ नहीं</translation>
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
        <translation>काग़ज़ी फ़ॉर्म वाले ऑप्ट-इन में उसका फ़ॉर्म बताया जाता है: फ़ॉर्म के ऊपर छपा सीरियल --serial के साथ दें (कहीं और छपा फ़ॉर्म: उस पर लिखा नंबर, --other-print-run के साथ)</translation>
    </message>
    <message>
        <source>--sent-at goes with --record-sent</source>
        <translation>--sent-at, --record-sent के साथ ही चलता है</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>{file} पढ़ी नहीं जा सकती: {problem}</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not consent records</source>
        <translation>{name} में संपर्क कार्ड हैं, सहमति के रिकॉर्ड नहीं</translation>
    </message>
    <message>
        <source>--contacts must be between 1 and 1000000</source>
        <translation>--contacts 1 और 1000000 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>demo needs --db: demo records go into a database of their own, never the default one</source>
        <translation>demo को --db चाहिए: डेमो रिकॉर्ड अपने अलग डेटाबेस में जाते हैं, कभी डिफ़ॉल्ट वाले में नहीं</translation>
    </message>
    <message>
        <source>cannot create {folder}: {problem}</source>
        <translation>{folder} नहीं बन सका: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>these records hold %n (person who is not a demo record|people who are not demo records): demo data goes into a database of its own (--db demo.sqlite3)</source>
        <translation>
            <numerusform>इन रिकॉर्ड में %n ऐसा व्यक्ति है जो डेमो रिकॉर्ड नहीं: डेमो डेटा अपने अलग डेटाबेस में जाता है (--db demo.sqlite3)</numerusform>
            <numerusform>इन रिकॉर्ड में %n ऐसे लोग हैं जो डेमो रिकॉर्ड नहीं: डेमो डेटा अपने अलग डेटाबेस में जाता है (--db demo.sqlite3)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the category by its key</source>
        <translation>प्रकार को उसकी कुंजी से बताएँ</translation>
    </message>
    <message>
        <source>say where to write the forms: --out FILE.pdf</source>
        <translation>बताएँ फ़ॉर्म कहाँ लिखने हैं: --out FILE.pdf</translation>
    </message>
    <message>
        <source>the forms are a PDF: name the file FILE.pdf</source>
        <translation>फ़ॉर्म PDF हैं: फ़ाइल का नाम FILE.pdf रखें</translation>
    </message>
    <message>
        <source>move-to moves a shop&apos;s SQLite file: give it with --db FILE</source>
        <translation>move-to दुकान की SQLite फ़ाइल ले जाता है: इसे --db FILE से दें</translation>
    </message>
    <message>
        <source>--out {out!r}: the report is a PDF; name it FILE.pdf</source>
        <translation>--out {out!r}: रिपोर्ट PDF है; इसका नाम FILE.pdf रखें</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>फ़ोल्डर {parent} मौजूद नहीं है</translation>
    </message>
    <message>
        <source>quality add needs the sender number and --rating</source>
        <translation>quality add को भेजने वाला नंबर और --rating चाहिए</translation>
    </message>
    <message>
        <source>--on {on!r} is not a date (YYYY-MM-DD)</source>
        <translation>--on {on!r} तारीख़ नहीं है (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>quality import needs a CSV or .xlsx file</source>
        <translation>quality import को CSV या .xlsx फ़ाइल चाहिए</translation>
    </message>
    <message>
        <source>{name} holds more than {megabytes}: a list can be at most that big; split it into smaller lists</source>
        <translation>{name} में {megabytes} से ज़्यादा है: लिस्ट अधिकतम इतनी बड़ी हो सकती है; इसे छोटी लिस्टों में बाँटें</translation>
    </message>
    <message>
        <source>{name} is not a text list, a spreadsheet or a vCard file (it holds NUL bytes)</source>
        <translation>{name} टेक्स्ट लिस्ट, स्प्रेडशीट या vCard फ़ाइल नहीं है (इसमें NUL बाइट हैं)</translation>
    </message>
    <message>
        <source>a line of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>{name} की एक लाइन {kilobytes} KiB से लंबी है: यह लोगों की लिस्ट नहीं है</translation>
    </message>
    <message>
        <source>line {line} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>{name} की लाइन {line} में {most} से ज़्यादा कॉलम हैं: यह लोगों की लिस्ट नहीं है</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: split it into smaller lists</source>
        <translation>{name} में {most:,} से ज़्यादा पंक्तियाँ हैं: इसे छोटी लिस्टों में बाँटें</translation>
    </message>
    <message>
        <source>a cell near line {line} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>{name} की लाइन {line} के पास एक सेल {kilobytes} KiB से लंबा है: यह लोगों की लिस्ट नहीं है</translation>
    </message>
    <message>
        <source>line {line} of {name} cannot be read: {error}</source>
        <translation>{name} की लाइन {line} पढ़ी नहीं जा सकती: {error}</translation>
    </message>
    <message>
        <source>no column of phone numbers was found: name it with --column (the columns are: {headers})</source>
        <translation>फ़ोन नंबरों का कोई कॉलम नहीं मिला: इसे --column से बताएँ (कॉलम ये हैं: {headers})</translation>
    </message>
    <message>
        <source>there is no column {column!r}; the columns are: {known}</source>
        <translation>कोई कॉलम {column!r} नहीं है; कॉलम ये हैं: {known}</translation>
    </message>
    <message>
        <source>there is no column {name_column!r}</source>
        <translation>कोई कॉलम {name_column!r} नहीं है</translation>
    </message>
    <message>
        <source>{source} has no status column (sent, delivered, read, failed); the columns are: {columns}</source>
        <translation>{source} में स्थिति का कॉलम नहीं है (sent, delivered, read, failed); कॉलम ये हैं: {columns}</translation>
    </message>
    <message>
        <source>dates read day first</source>
        <translation>तारीखें दिन पहले मानकर पढ़ी गईं</translation>
    </message>
    <message>
        <source>dates read month first</source>
        <translation>तारीखें महीना पहले मानकर पढ़ी गईं</translation>
    </message>
    <message>
        <source>status {status!r} is not one of sent, delivered, read, failed</source>
        <translation>स्थिति {status!r} sent, delivered, read, failed में से कोई नहीं है</translation>
    </message>
    <message>
        <source>the time {time!r} cannot be read</source>
        <translation>समय {time!r} पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>no error code column: a failed message&apos;s reason cannot be read, so a person who stopped marketing messages (131050) is not recognised; the columns are: {columns}</source>
        <translation>एरर कोड का कॉलम नहीं है: असफल संदेश का कारण पढ़ा नहीं जा सकता, इसलिए मार्केटिंग संदेश रोकने वाले व्यक्ति (131050) को पहचाना नहीं जा सकता; कॉलम ये हैं: {columns}</translation>
    </message>
    <message>
        <source>this line is not JSON</source>
        <translation>यह पंक्ति JSON नहीं है</translation>
    </message>
    <message>
        <source>status {status!r} is not known</source>
        <translation>स्थिति {status!r} अज्ञात है</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB: split it</source>
        <translation>{name} {megabytes} MB से बड़ी है: इसे बाँटें</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>{name} पढ़ी नहीं जा सकती: {problem}</translation>
    </message>
    <message>
        <source>webhook JSON lines</source>
        <translation>वेबहुक की JSON पंक्तियाँ</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not a delivery report</source>
        <translation>{name} में संपर्क कार्ड हैं, डिलीवरी रिपोर्ट नहीं</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel वर्कबुक</translation>
    </message>
    <message>
        <source>CSV ({encoding})</source>
        <translation>CSV ({encoding})</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV टेक्स्ट</translation>
    </message>
    <message>
        <source>the consent statement with this many kinds of messages does not fit on one page; archive some kinds of messages, or shorten their descriptions</source>
        <translation>इतने मैसेज प्रकारों के साथ सहमति का कथन एक पेज पर नहीं आता; कुछ प्रकार आर्काइव करें, या उनके विवरण छोटे करें</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the list file in it</source>
        <translation>{path} एक फ़ोल्डर है: उसमें से लिस्ट वाली फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder</source>
        <translation>{path} मौजूद नहीं है; नाम और फ़ोल्डर जाँचें</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a list can be at most {most} MB: split it into smaller lists</source>
        <translation>{name} {megabytes:.0f} MB की है; लिस्ट अधिकतम {most} MB की हो सकती है: इसे छोटी लिस्टों में बाँटें</translation>
    </message>
    <message>
        <source>{name} is a zip file (an Excel workbook?): give it as a file, by its name</source>
        <translation>{name} एक zip फ़ाइल है (Excel वर्कबुक?): इसे फ़ाइल के रूप में, उसके नाम से दें</translation>
    </message>
    <message>
        <source>no line starts with a phone number: these are not replies; give lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>कोई भी पंक्ति फ़ोन नंबर से शुरू नहीं होती: ये जवाब नहीं हैं; &apos;+34 612 345 678: BAJA&apos; जैसी पंक्तियाँ दें</translation>
    </message>
    <message>
        <source>there are no replies: paste lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>कोई जवाब नहीं है: &apos;+34 612 345 678: BAJA&apos; जैसी लाइनें पेस्ट करें</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not replies</source>
        <translation>{name} में संपर्क कार्ड हैं, जवाब नहीं</translation>
    </message>
    <message>
        <source>{name} needs a phone column and a message column</source>
        <translation>{name} में फ़ोन का कॉलम और मैसेज का कॉलम चाहिए</translation>
    </message>
    <message>
        <source>a vCard line is longer than {kilobytes} KiB: not a contact</source>
        <translation>एक vCard लाइन {kilobytes} KiB से लंबी है: यह संपर्क नहीं है</translation>
    </message>
    <message>
        <source>{source} has more than {most:,} numbers: split it</source>
        <translation>{source} में {most:,} से ज़्यादा नंबर हैं: इसे बाँटें</translation>
    </message>
    <message>
        <source>{source} holds no vCard (BEGIN:VCARD)</source>
        <translation>{source} में कोई vCard नहीं है (BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook: {error}</source>
        <translation>{name} को Excel वर्कबुक के रूप में पढ़ा नहीं जा सका: {error}</translation>
    </message>
    <message>
        <source>{name} has {count:,} parts: it is not an Excel list</source>
        <translation>{name} के {count:,} हिस्से हैं: यह Excel लिस्ट नहीं है</translation>
    </message>
    <message>
        <source>{name} would unpack to {megabytes:,} MB or more ({filename}: {part_megabytes:,} MB, {ratio:.0f} times its packed size), more than any list of people needs: it may be a zip bomb</source>
        <translation>{name} खुलकर {megabytes:,} MB या उससे ज़्यादा होगी ({filename}: {part_megabytes:,} MB, पैक आकार का {ratio:.0f} गुना), जितना किसी लोगों की लिस्ट को चाहिए उससे ज़्यादा: यह zip bomb हो सकती है</translation>
    </message>
    <message>
        <source>there is no sheet {sheet!r}; the sheets are: {sheets}</source>
        <translation>कोई शीट {sheet!r} नहीं है; शीट ये हैं: {sheets}</translation>
    </message>
    <message>
        <source>{name} holds formulas whose values were never saved (the program that wrote it does not calculate them): open it in Excel or LibreOffice, save it, and try again</source>
        <translation>{name} में ऐसे फ़ॉर्मूले हैं जिनके मान कभी सहेजे नहीं गए (जिस प्रोग्राम ने इसे लिखा वह उनकी गणना नहीं करता): इसे Excel या LibreOffice में खोलें, सहेजें और फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>a row of the sheet has more cells than Excel allows</source>
        <translation>शीट की एक पंक्ति में Excel की सीमा से ज़्यादा सेल हैं</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: not an Excel list</source>
        <translation>{name} में {most:,} से ज़्यादा पंक्तियाँ हैं: यह Excel लिस्ट नहीं है</translation>
    </message>
    <message>
        <source>row {number} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>{name} की पंक्ति {number} में {most} से ज़्यादा कॉलम हैं: यह लोगों की लिस्ट नहीं है</translation>
    </message>
    <message>
        <source>a cell in row {number} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>{name} की पंक्ति {number} में एक सेल {kilobytes} KiB से लंबा है: यह लोगों की लिस्ट नहीं है</translation>
    </message>
    <message>
        <source>event payload lacks {missing}</source>
        <translation>एंट्री के डेटा में {missing} नहीं है</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form (a form printed elsewhere: the number it carries, marked as from another print run)</source>
        <translation>काग़ज़ी फ़ॉर्म वाले ऑप्ट-इन में उसका फ़ॉर्म बताया जाता है: फ़ॉर्म के ऊपर छपा सीरियल दें (कहीं और छपा फ़ॉर्म: उस पर लिखा नंबर, दूसरी छपाई का बताकर)</translation>
    </message>
    <message>
        <source>category {spec!r} must be written KEY=LABEL:KIND, e.g. offers=Offers:marketing</source>
        <translation>प्रकार {spec!r} KEY=LABEL:KIND लिखा जाना चाहिए, जैसे offers=Offers:marketing</translation>
    </message>
    <message>
        <source>category kind {kind!r} must be &apos;service&apos; or &apos;marketing&apos;</source>
        <translation>प्रकार का kind {kind!r} &apos;service&apos; या &apos;marketing&apos; होना चाहिए</translation>
    </message>
    <message>
        <source>unknown scope {scope!r}: use one of {known}</source>
        <translation>अज्ञात मैसेज प्रकार {scope!r}: इनमें से एक चुनें: {known}</translation>
    </message>
    <message>
        <source>unknown country code {region!r}: use two letters such as GB, ES, IN</source>
        <translation>अनजान देश कोड {region!r}: GB, ES, IN जैसे दो अक्षर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>कोई नंबर नहीं</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>यह फ़ोन नंबर नहीं है</translation>
    </message>
    <message>
        <source>a spreadsheet turned this number into a rounded one (like 6.44E+08) and its last digits are lost: make the column text in the spreadsheet and type or export the numbers again</source>
        <translation>किसी स्प्रेडशीट ने इस नंबर को गोल की हुई संख्या बना दिया (जैसे 6.44E+08) और इसके आख़िरी अंक खो गए: स्प्रेडशीट में कॉलम को टेक्स्ट बनाएँ और नंबर फिर से लिखें या निर्यात करें</translation>
    </message>
    <message>
        <source>too long for {country}</source>
        <translation>{country} के नंबर के लिए बहुत लंबा</translation>
    </message>
    <message>
        <source>local number without area code for {country}</source>
        <translation>{country} के लिए एरिया कोड के बिना स्थानीय नंबर</translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation>{country} का मान्य नंबर नहीं</translation>
    </message>
    <message>
        <source>too short for {country}</source>
        <translation>{country} के नंबर के लिए बहुत छोटा</translation>
    </message>
    <message>
        <source>unknown country code +{code}</source>
        <translation>अज्ञात देश कोड +{code}</translation>
    </message>
    <message>
        <source>too short for a phone number</source>
        <translation>फ़ोन नंबर के लिए बहुत छोटा</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>फ़ोन नंबर होने के लिए बहुत लंबा</translation>
    </message>
    <message>
        <source>a serial number must fit in eight base32 symbols</source>
        <translation>सीरियल नंबर आठ base32 अक्षरों में आना चाहिए</translation>
    </message>
    <message>
        <source>no date given: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>कोई तारीख़ नहीं दी: इसे 2026-10-03 या 2026-10-03T14:30 लिखें</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>{text!r} तारीख़ नहीं है: इसे 2026-10-03 या 2026-10-03T14:30 लिखें</translation>
    </message>
    <message>
        <source>{text!r} is in the future; consent cannot be dated ahead</source>
        <translation>{text!r} भविष्य में है; सहमति आगे की तारीख़ की नहीं हो सकती</translation>
    </message>
    <message>
        <source>the date is in the future; consent cannot be dated ahead</source>
        <translation>तारीख़ भविष्य में है; सहमति आगे की तारीख़ की नहीं हो सकती</translation>
    </message>
    <message>
        <source>the template has an unknown or broken placeholder: {error}</source>
        <translation>टेम्पलेट में अनजान या टूटा प्लेसहोल्डर है: {error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file: choose the file in it</source>
        <translation>{path} एक फ़ोल्डर है, बैकअप फ़ाइल नहीं: उसमें से फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe or a device?): give the backup file</source>
        <translation>{path} फ़ाइल नहीं है (पाइप या डिवाइस?): बैकअप फ़ाइल दें</translation>
    </message>
    <message>
        <source>{name} is damaged or not an OptIn Desk backup ({reason})</source>
        <translation>{name} ख़राब है या OptIn Desk बैकअप नहीं है ({reason})</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} मौजूद नहीं है</translation>
    </message>
    <message>
        <source>{name} is not an OptIn Desk database (not even SQLite)</source>
        <translation>{name} OptIn Desk डेटाबेस नहीं है (SQLite भी नहीं)</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an OptIn Desk database</source>
        <translation>{name} SQLite फ़ाइल है पर OptIn Desk डेटाबेस नहीं</translation>
    </message>
    <message>
        <source>{name} cannot be read as a database: {error}</source>
        <translation>{name} को डेटाबेस के रूप में पढ़ा नहीं जा सकता: {error}</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {problem})</source>
        <translation>{name} ख़राब है (integrity check: {problem})</translation>
    </message>
    <message>
        <source>{name} could not be read by this version: {error}</source>
        <translation>{name} को यह वर्ज़न पढ़ नहीं सका: {error}</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}</source>
        <translation>{name} लेजर जाँच में एंट्री {broken_event_id} पर फ़ेल होती है: {problem}</translation>
    </message>
    <message>
        <source>this database is on a server: back it up with the server&apos;s own tools (pg_dump)</source>
        <translation>यह डेटाबेस सर्वर पर है: इसका बैकअप सर्वर के अपने टूल (pg_dump) से लें</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; plug in the stick or create it</source>
        <translation>फ़ोल्डर {parent} मौजूद नहीं है; पेन ड्राइव लगाएँ या फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>the backup could not be made ({reason}); nothing was kept</source>
        <translation>बैकअप नहीं बन सका ({reason}); कुछ नहीं रखा गया</translation>
    </message>
    <message>
        <source>a backup cannot overwrite the records it copies</source>
        <translation>बैकअप उन्हीं रिकॉर्ड के ऊपर नहीं लिखा जा सकता जिनकी वह कॉपी है</translation>
    </message>
    <message>
        <source>the backup could not be written to {target}: {error}</source>
        <translation>बैकअप {target} में लिखा नहीं जा सका: {error}</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; first</source>
        <translation>अभी दुकान की प्रोफ़ाइल नहीं है: पहले &apos;optin-desk init&apos; चलाएँ</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 3650</source>
        <translation>{setting} 1 और 3650 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>unknown category {key!r}: check against one of {active}</source>
        <translation>अनजान प्रकार {key!r}: इनमें से किसी से मिलाएँ: {active}</translation>
    </message>
    <message>
        <source>there is no check {check_id}</source>
        <translation>कोई जाँच {check_id} नहीं है</translation>
    </message>
    <message>
        <source>check {check_id} was already recorded as sent on {day}</source>
        <translation>जाँच {check_id} पहले ही {day} को भेजी हुई दर्ज हो चुकी है</translation>
    </message>
    <message>
        <source>the sending time is in the future</source>
        <translation>भेजने का समय भविष्य में है</translation>
    </message>
    <message>
        <source>the rows kept with check {check_id} cannot be read: they were changed outside OptIn Desk or damaged (run verify)</source>
        <translation>जाँच {check_id} के साथ रखी पंक्तियाँ पढ़ी नहीं जा सकतीं: इन्हें OptIn Desk के बाहर बदला गया या ये खराब हैं (verify चलाएँ)</translation>
    </message>
    <message>
        <source>could not write {path}: {problem}</source>
        <translation>{path} लिखा नहीं जा सका: {problem}</translation>
    </message>
    <message>
        <source>the folder of {target} does not exist</source>
        <translation>{target} का फ़ोल्डर मौजूद नहीं है</translation>
    </message>
    <message>
        <source>these records cannot be written: the sends cannot be recorded</source>
        <translation>इन रिकॉर्ड में लिखा नहीं जा सकता: भेजे गए मैसेज दर्ज नहीं हो सकते</translation>
    </message>
    <message>
        <source>unknown {what} method {value!r}: use one of {names}</source>
        <translation>अनजान {what} तरीका {value!r}: इनमें से एक इस्तेमाल करें: {names}</translation>
    </message>
    <message>
        <source>the {what} holds a NUL character (\0), which cannot be stored</source>
        <translation>{what} में NUL अक्षर (\0) है, जो रखा नहीं जा सकता</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters; shorten it</source>
        <translation>{what} {limit} अक्षरों से लंबा है; इसे छोटा करें</translation>
    </message>
    <message>
        <source>the computer&apos;s clock says {now}, but the last record was made at {last}</source>
        <translation>कंप्यूटर की घड़ी {now} बताती है, पर आख़िरी रिकॉर्ड {last} को बना था</translation>
    </message>
    <message>
        <source>choose at least one category (scope) the person agreed to</source>
        <translation>कम से कम एक प्रकार (scope) चुनें जिस पर व्यक्ति ने हाँ कहा</translation>
    </message>
    <message>
        <source>{behind}: set the clock right; if it is right, an earlier record was made with a wrong clock: confirm the clock to record</source>
        <translation>{behind}: घड़ी ठीक करें; अगर सही है, तो पहले वाला रिकॉर्ड ग़लत घड़ी से बना था: दर्ज करने के लिए घड़ी की पुष्टि करें</translation>
    </message>
    <message>
        <source>{behind}; recorded as confirmed</source>
        <translation>{behind}; पुष्टि के साथ दर्ज किया</translation>
    </message>
    <message>
        <source>this lifts the erasure on request of {day}</source>
        <translation>यह {day} का कहने पर मिटाना हटाता है</translation>
    </message>
    <message>
        <source>they stay opted out of {kinds}: an opt-out given after this consent, or recorded after it, holds</source>
        <translation>वे {kinds} से ऑप्ट-आउट ही रहते हैं: इस सहमति के बाद दिया या दर्ज हुआ ऑप्ट-आउट लागू रहता है</translation>
    </message>
    <message>
        <source>the confirmation template is broken: {error}</source>
        <translation>पुष्टि का टेम्पलेट टूटा है: {error}</translation>
    </message>
    <message>
        <source>they were already opted out of this: recorded again, nothing changed</source>
        <translation>वे इससे पहले ही ऑप्ट-आउट थे: फिर से दर्ज किया, कुछ नहीं बदला</translation>
    </message>
    <message>
        <source>{behind}: the opt-out holds all the same; set the clock right</source>
        <translation>{behind}: ऑप्ट-आउट फिर भी लागू है; घड़ी ठीक करें</translation>
    </message>
    <message>
        <source>{written!r} is not a usable WhatsApp number: {reason}</source>
        <translation>{written!r} इस्तेमाल करने लायक WhatsApp नंबर नहीं है: {reason}</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters; shorten it</source>
        <translation>नाम {most} अक्षरों से लंबा है; इसे छोटा करें</translation>
    </message>
    <message>
        <source>cannot read {name}: {problem}</source>
        <translation>{name} पढ़ी नहीं जा सकती: {problem}</translation>
    </message>
    <message>
        <source>check {check} ({file}), sent {day}</source>
        <translation>जाँच {check} ({file}), {day} को भेजी गई</translation>
    </message>
    <message>
        <source>no recorded send</source>
        <translation>कोई दर्ज भेजा गया संदेश नहीं</translation>
    </message>
    <message>
        <source>already opted out of marketing</source>
        <translation>मार्केटिंग से पहले ही ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>opt out of marketing (WhatsApp&apos;s stop button)</source>
        <translation>मार्केटिंग से ऑप्ट-आउट (WhatsApp का स्टॉप बटन)</translation>
    </message>
    <message>
        <source>the list check will warn about this number</source>
        <translation>लिस्ट जाँच इस नंबर के बारे में चेतावनी देगी</translation>
    </message>
    <message>
        <source>counts toward the marketing cap</source>
        <translation>मार्केटिंग की सीमा में गिना जाता है</translation>
    </message>
    <message>
        <source>{source} was read before the records were keyed: read it again</source>
        <translation>{source} रिकॉर्ड की कुंजी बनने से पहले पढ़ी गई थी: इसे फिर से पढ़ें</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: a consent dated {day_text}, before the erasure, cannot bring the person back</source>
        <translation>यह नंबर {day} को कहने पर मिटाया गया था: मिटाने से पहले की, {day_text} की सहमति व्यक्ति को वापस नहीं ला सकती</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: only the person&apos;s own new consent (in person, on paper or in their own message: {allowed}) can lift that, not {value}</source>
        <translation>यह नंबर {day} को कहने पर मिटाया गया था: सिर्फ़ व्यक्ति की अपनी नई सहमति (सामने, काग़ज़ पर या उनके अपने मैसेज में: {allowed}) इसे हटा सकती है, {value} नहीं</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: record a new opt-in only with the person&apos;s own new consent, and confirm that it lifts the erasure (--lift-erasure)</source>
        <translation>यह नंबर {day} को कहने पर मिटाया गया था: नया ऑप्ट-इन सिर्फ़ व्यक्ति की अपनी नई सहमति से दर्ज करें, और पक्का करें कि यह मिटाना हटाता है (--lift-erasure)</translation>
    </message>
    <message>
        <source>{written!r} is not on file; there is nothing to erase</source>
        <translation>{written!r} रिकॉर्ड में नहीं है; मिटाने को कुछ नहीं</translation>
    </message>
    <message>
        <source>the form could not be laid out from the current wording; try again</source>
        <translation>मौजूदा शब्दावली से फ़ॉर्म नहीं बन सका; फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>print between 1 and {most} forms at a time</source>
        <translation>एक बार में 1 से {most} फ़ॉर्म छापें</translation>
    </message>
    <message>
        <source>{for_phone} is not on file: a blank form will do</source>
        <translation>{for_phone} रिकॉर्ड में नहीं है: खाली फ़ॉर्म चलेगा</translation>
    </message>
    <message>
        <source>no forms in language {language!r}: use one of {known}</source>
        <translation>भाषा {language!r} में कोई फ़ॉर्म नहीं: इनमें से एक इस्तेमाल करें: {known}</translation>
    </message>
    <message>
        <source>paper {paper!r} is not known: use a4 or letter</source>
        <translation>काग़ज़ {paper!r} अनजान है: a4 या letter इस्तेमाल करें</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; choose another place</source>
        <translation>फ़ोल्डर {parent} मौजूद नहीं है; कोई और जगह चुनें</translation>
    </message>
    <message>
        <source>could not write {target}: {problem}</source>
        <translation>{target} लिखा नहीं जा सका: {problem}</translation>
    </message>
    <message>
        <source>{kind} is not one of them</source>
        <translation>{kind} इनमें से एक नहीं है</translation>
    </message>
    <message>
        <source>cannot use {where}: OptIn Desk keeps its records in a SQLite file or on PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, with &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</source>
        <translation>{where} इस्तेमाल नहीं हो सकता: OptIn Desk अपने रिकॉर्ड SQLite फ़ाइल में या PostgreSQL पर रखता है (postgresql+psycopg://USER@SERVER/DATABASE, &apos;pip install &quot;optin-desk[postgres]&quot;&apos; के साथ) ({error})</translation>
    </message>
    <message>
        <source>the database server refused the user name or password in the URL: check --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>डेटाबेस सर्वर ने URL का यूज़र नाम या पासवर्ड नहीं माना: --db या OPTIN_DESK_DB जाँचें (कुछ दर्ज नहीं हुआ)</translation>
    </message>
    <message>
        <source>the database server has no database (or user) of that name: check the URL in --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>डेटाबेस सर्वर पर इस नाम का कोई डेटाबेस (या यूज़र) नहीं है: --db या OPTIN_DESK_DB में URL जाँचें (कुछ दर्ज नहीं हुआ)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost in the middle; the server keeps a save whole or not at all: check the network, then try again</source>
        <translation>डेटाबेस सर्वर से कनेक्शन बीच में टूट गया; सर्वर सेव को पूरा रखता है या बिल्कुल नहीं: नेटवर्क जाँचें, फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>cannot reach the database server: check that it is running and that this computer is on its network, then try again (nothing was recorded)</source>
        <translation>डेटाबेस सर्वर तक नहीं पहुँच सकते: जाँचें कि वह चल रहा है और यह कंप्यूटर उसके नेटवर्क पर है, फिर से कोशिश करें (कुछ दर्ज नहीं हुआ)</translation>
    </message>
    <message>
        <source>the database role in the URL may not do that ({detail}): setting up or upgrading the tables (init, a new version&apos;s first start, move-to) and restore are for the records&apos; owner role; nothing was recorded</source>
        <translation>URL का डेटाबेस रोल यह नहीं कर सकता ({detail}): टेबल सेट करना या अपग्रेड करना (init, नए वर्ज़न की पहली शुरुआत, move-to) और restore रिकॉर्ड के मालिक रोल के लिए हैं; कुछ दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <source>restoring the records from a backup; try again in a moment (nothing written)</source>
        <translation>रिकॉर्ड बैकअप से वापस लाए जा रहे हैं; थोड़ी देर में फिर कोशिश करें (कुछ नहीं लिखा)</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation>डेटाबेस किसी दूसरे प्रोग्राम में व्यस्त है; थोड़ी देर में फिर कोशिश करें</translation>
    </message>
    <message>
        <source>the disk is full: free some space, then try again (nothing was recorded)</source>
        <translation>डिस्क भरी है: कुछ जगह खाली करें, फिर कोशिश करें (कुछ दर्ज नहीं हुआ)</translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only); nothing was recorded</source>
        <translation>{where} में लिखा नहीं जा सकता (सिर्फ़ पढ़ने के लिए); कुछ दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <source>cannot open the database {where}: check the folder exists and is writable</source>
        <translation>डेटाबेस {where} नहीं खुल सकता: जाँचें कि फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है</translation>
    </message>
    <message>
        <source>{where} is not an OptIn Desk database</source>
        <translation>{where} OptIn Desk डेटाबेस नहीं है</translation>
    </message>
    <message>
        <source>database error: {detail}</source>
        <translation>डेटाबेस त्रुटि: {detail}</translation>
    </message>
    <message>
        <source>the records file cannot be written (read-only); nothing was recorded</source>
        <translation>रिकॉर्ड फ़ाइल में लिखा नहीं जा सकता (सिर्फ़ पढ़ने के लिए); कुछ दर्ज नहीं हुआ</translation>
    </message>
    <message>
        <source>cannot open the database: check the folder exists and is writable</source>
        <translation>डेटाबेस नहीं खुल सकता: जाँचें कि फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है</translation>
    </message>
    <message>
        <source>the file is not an OptIn Desk database</source>
        <translation>यह फ़ाइल OptIn Desk डेटाबेस नहीं है</translation>
    </message>
    <message numerus="yes">
        <source>row {row}: {reason} (and %n more invalid row(s)); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>
            <numerusform>पंक्ति {row}: {reason} (और %n अमान्य पंक्ति); कुछ दर्ज नहीं हुआ: फ़ाइल ठीक करें (ड्राई रन हर पंक्ति दिखाता है) या अमान्य पंक्तियाँ छोड़ें (--skip-invalid)</numerusform>
            <numerusform>पंक्ति {row}: {reason} (और %n अमान्य पंक्तियाँ); कुछ दर्ज नहीं हुआ: फ़ाइल ठीक करें (ड्राई रन हर पंक्ति दिखाता है) या अमान्य पंक्तियाँ छोड़ें (--skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {reason}; nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>पंक्ति {row}: {reason}; कुछ दर्ज नहीं हुआ: फ़ाइल ठीक करें (ड्राई रन हर पंक्ति दिखाता है) या अमान्य पंक्तियाँ छोड़ें (--skip-invalid)</translation>
    </message>
    <message>
        <source>the file needs a header row: number, name, category, action, date</source>
        <translation>फ़ाइल में हेडर पंक्ति चाहिए: number, name, category, action, date</translation>
    </message>
    <message>
        <source>no {missing} column found (the columns are: {columns}); name them scope (or category), action and date</source>
        <translation>कोई {missing} कॉलम नहीं मिला (कॉलम ये हैं: {columns}); उनके नाम scope (या category), action और date रखें</translation>
    </message>
    <message>
        <source>unknown category {scope!r}</source>
        <translation>अज्ञात मैसेज प्रकार {scope!r}</translation>
    </message>
    <message>
        <source>unknown action {action!r}: write opt_in or opt_out</source>
        <translation>अज्ञात कार्रवाई {action!r}: opt_in या opt_out लिखें</translation>
    </message>
    <message>
        <source>erased on request on {day}: an import never brings them back</source>
        <translation>{day} को अनुरोध पर मिटाया गया: इंपोर्ट उन्हें कभी वापस नहीं लाता</translation>
    </message>
    <message>
        <source>will opt in to {what}</source>
        <translation>{what} के लिए ऑप्ट-इन करेगा</translation>
    </message>
    <message>
        <source>will opt out of {what}</source>
        <translation>{what} से ऑप्ट-आउट करेगा</translation>
    </message>
    <message>
        <source>the records already say opted in to {what}, or a later event stands</source>
        <translation>रिकॉर्ड पहले से {what} के लिए ऑप्ट-इन कहते हैं, या बाद की एंट्री लागू है</translation>
    </message>
    <message>
        <source>the records already say opted out of {what}, or a later event stands</source>
        <translation>रिकॉर्ड पहले से {what} से ऑप्ट-आउट कहते हैं, या बाद की एंट्री लागू है</translation>
    </message>
    <message>
        <source>nothing to import: every row is already recorded, skipped, refused or invalid</source>
        <translation>इंपोर्ट करने को कुछ नहीं: हर पंक्ति पहले से दर्ज, छोड़ी गई, मना या अमान्य है</translation>
    </message>
    <message>
        <source>{where} is not empty (its table {busy} holds records): move-to only fills an empty database; nothing was written</source>
        <translation>{where} खाली नहीं है (इसकी टेबल {busy} में रिकॉर्ड हैं): move-to सिर्फ़ खाली डेटाबेस भरता है; कुछ नहीं लिखा गया</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent in the future</source>
        <translation>पुष्टि भविष्य में भेजी नहीं जा सकती</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent ({sent}) before the opt-out it confirms ({given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>पुष्टि ({sent}) उस ऑप्ट-आउट ({given}) से पहले नहीं भेजी जा सकती जिसकी वह पुष्टि है; अगर व्यक्ति ने पहले ऑप्ट-आउट किया था, तो ऑप्ट-आउट उसी समय के साथ दर्ज करें</translation>
    </message>
    <message>
        <source>event {event_id} is not an opt-out</source>
        <translation>एंट्री {event_id} ऑप्ट-आउट नहीं है</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent before the opt-out it confirms (event {event_id}, given {given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>पुष्टि उस ऑप्ट-आउट से पहले भेजी नहीं जा सकती जिसकी वह पुष्टि है (एंट्री {event_id}, {given} को दिया); अगर व्यक्ति ने पहले ऑप्ट-आउट किया था, तो ऑप्ट-आउट उसी समय के साथ दर्ज करें</translation>
    </message>
    <message>
        <source>the confirmation of event {event_id} is already marked sent</source>
        <translation>एंट्री {event_id} की पुष्टि पहले ही भेजी हुई मानी जा चुकी है</translation>
    </message>
    <message>
        <source>the owner PIN kept in the records is not the one the ledger states (it was removed or replaced outside OptIn Desk): give the owner PIN that opens this computer&apos;s signing key to keep it again; until then what needs the PIN stays refused</source>
        <translation>रिकॉर्ड में रखा मालिक का PIN वह नहीं है जो लेजर बताता है (इसे OptIn Desk के बाहर हटाया या बदला गया): इसे फिर से रखने के लिए मालिक का वह PIN दें जो इस कंप्यूटर की साइनिंग की खोलता है; तब तक जिसके लिए PIN चाहिए वह मना रहेगा</translation>
    </message>
    <message>
        <source>too many wrong owner PINs: try again in {seconds} seconds</source>
        <translation>मालिक का PIN बहुत बार ग़लत: {seconds} सेकंड बाद फिर कोशिश करें</translation>
    </message>
    <message>
        <source>this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)</source>
        <translation>इसके लिए मालिक का PIN चाहिए (--pin दें या OPTIN_DESK_PIN सेट करें)</translation>
    </message>
    <message>
        <source>wrong owner PIN</source>
        <translation>मालिक का PIN ग़लत है</translation>
    </message>
    <message>
        <source>sender number {sender!r}: {reason}</source>
        <translation>भेजने वाला नंबर {sender!r}: {reason}</translation>
    </message>
    <message>
        <source>this database already has a business profile; change it in Settings</source>
        <translation>इस डेटाबेस में पहले से दुकान की प्रोफ़ाइल है; इसे सेटिंग्स में बदलें</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; or open the app first</source>
        <translation>अभी दुकान की प्रोफ़ाइल नहीं है: &apos;optin-desk init&apos; चलाएँ या पहले ऐप खोलें</translation>
    </message>
    <message>
        <source>the consent wording template is broken: {error}</source>
        <translation>सहमति की शब्दावली का टेम्पलेट टूटा है: {error}</translation>
    </message>
    <message>
        <source>there is no wording version {wording_id}</source>
        <translation>कोई शब्दावली वर्ज़न {wording_id} नहीं है</translation>
    </message>
    <message>
        <source>name the proof FILE.pdf or FILE.json</source>
        <translation>सबूत का नाम FILE.pdf या FILE.json रखें</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>कोई नंबर सेट नहीं है</translation>
    </message>
    <message>
        <source>{written!r} is not one of the shop&apos;s WhatsApp numbers ({shown})</source>
        <translation>{written!r} दुकान के WhatsApp नंबरों में से नहीं है ({shown})</translation>
    </message>
    <message>
        <source>quality rating {rating!r}: use high, medium or low</source>
        <translation>क्वालिटी रेटिंग {rating!r}: high, medium या low इस्तेमाल करें</translation>
    </message>
    <message>
        <source>status {status!r}: use connected, flagged or restricted</source>
        <translation>स्थिति {status!r}: connected, flagged या restricted इस्तेमाल करें</translation>
    </message>
    <message>
        <source>the reading of {observed_on} is dated in the future</source>
        <translation>{observed_on} की रीडिंग की तारीख़ भविष्य में है</translation>
    </message>
    <message>
        <source>blocks and reports are counts of people: 0 or more</source>
        <translation>ब्लॉक और रिपोर्ट लोगों की गिनती हैं: 0 या ज़्यादा</translation>
    </message>
    <message>
        <source>line {line}: {cell!r} is not a count</source>
        <translation>लाइन {line}: {cell!r} गिनती नहीं है</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not quality readings</source>
        <translation>{name} में संपर्क कार्ड हैं, क्वालिटी रीडिंग नहीं</translation>
    </message>
    <message>
        <source>{name} needs columns for {missing}; the columns are: {columns}</source>
        <translation>{name} में {missing} के कॉलम चाहिए; कॉलम ये हैं: {columns}</translation>
    </message>
    <message>
        <source>line {line}: the date {cell!r} is not YYYY-MM-DD</source>
        <translation>लाइन {line}: तारीख़ {cell!r} YYYY-MM-DD नहीं है</translation>
    </message>
    <message>
        <source>wording {language} v{version}</source>
        <translation>शब्दावली {language} v{version}</translation>
    </message>
    <message>
        <source>cannot write {target}: {problem}</source>
        <translation>{target} नहीं लिखा जा सकता: {problem}</translation>
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
        <source>{setting} must be between 1 and 1000</source>
        <translation>{setting} 1 और 1000 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>Opt-outs after the broadcast of {day} were {times}× your usual: look at who it went to</source>
        <translation>{day} के ब्रॉडकास्ट के बाद ऑप्ट-आउट आम से {times}× रहे: देखें कि यह किन लोगों को गया</translation>
    </message>
    <message>
        <source>{percent}% not delivered after the broadcast of {day}: check these numbers</source>
        <translation>{day} के ब्रॉडकास्ट के बाद {percent}% डिलीवर नहीं हुए: इन नंबरों को जाँचें</translation>
    </message>
    <message>
        <source>people who opted in by {method} opt out {times}× as often as those who opted in by {reference}</source>
        <translation>“{method}” तरीके से ऑप्ट-इन करने वाले लोग “{reference}” तरीके से ऑप्ट-इन करने वालों से {times}× ज़्यादा बार ऑप्ट-आउट करते हैं</translation>
    </message>
    <message>
        <source>quality dropped to {rating} on {sender}: hold marketing from this number for a week</source>
        <translation>{sender} की क्वालिटी गिरकर {rating} हो गई: एक हफ़्ते तक इस नंबर से मार्केटिंग रोकें</translation>
    </message>
    <message>
        <source>--head takes the ledger head as printed: at least {least} of its hexadecimal characters (0-9, a-f)</source>
        <translation>--head लेजर हेड वैसे ही लेता है जैसा छपा है: उसके कम से कम {least} हेक्साडेसिमल अक्षर (0-9, a-f)</translation>
    </message>
    <message>
        <source>--head {written} fits more than one entry: give more characters</source>
        <translation>--head {written} एक से ज़्यादा एंट्री से मेल खाता है: और अक्षर दें</translation>
    </message>
    <message>
        <source>the chat shows the name “{sender}”, not a number: find them on the Opt-outs page</source>
        <translation>चैट में नाम “{sender}” दिखता है, नंबर नहीं: उन्हें ऑप्ट-आउट पेज पर ढूँढें</translation>
    </message>
    <message>
        <source>already opted out of {what}</source>
        <translation>पहले से {what} से ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>already opted out of {what} since {when}</source>
        <translation>{when} से पहले से {what} से ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>already opted in to {what}</source>
        <translation>पहले से {what} के लिए सहमत</translation>
    </message>
    <message>
        <source>already opted in to {what} since {when}</source>
        <translation>{when} से पहले से {what} के लिए सहमत</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>सभी मैसेज</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>मार्केटिंग</translation>
    </message>
    <message>
        <source>erased on request on {day}: record their new opt-in on its own, confirming that it lifts the erasure</source>
        <translation>{day} को अनुरोध पर मिटाया गया: उनकी नई सहमति अलग से दर्ज करें, यह पुष्टि करते हुए कि इससे मिटाना हटता है</translation>
    </message>
    <message>
        <source>same number as row {row}</source>
        <translation>पंक्ति {row} जैसा ही नंबर</translation>
    </message>
    <message>
        <source>row {row} cannot be recorded: {reason}</source>
        <translation>पंक्ति {row} दर्ज नहीं हो सकती: {reason}</translation>
    </message>
    <message>
        <source>that file is the records themselves</source>
        <translation>वह फ़ाइल ख़ुद रिकॉर्ड ही है</translation>
    </message>
    <message>
        <source>the restored copy fails its ledger check: {problem}</source>
        <translation>वापस लाई गई कॉपी अपनी लेजर जाँच में फ़ेल होती है: {problem}</translation>
    </message>
    <message>
        <source>the restore failed ({reason}); the records were left as they were</source>
        <translation>वापस लाना फ़ेल हुआ ({reason}); रिकॉर्ड जैसे थे वैसे ही छोड़े गए</translation>
    </message>
    <message>
        <source>too many restores of {name} this second; try again</source>
        <translation>इस सेकंड में {name} को बहुत बार वापस लाया गया; फिर कोशिश करें</translation>
    </message>
    <message>
        <source>the backup is not a copy of these records (another shop&apos;s, or they went their own way after event {shared_events}); to replace them anyway give --other-shop and the owner PIN</source>
        <translation>बैकअप इन रिकॉर्ड की कॉपी नहीं है (किसी दूसरी दुकान का, या एंट्री {shared_events} के बाद अलग राह पर चले गए); फिर भी बदलने के लिए --other-shop और मालिक का PIN दें</translation>
    </message>
    <message>
        <source>restoring another shop&apos;s records needs the owner PIN: set one with &apos;optin-desk pin&apos;, then give it with --pin</source>
        <translation>दूसरी दुकान के रिकॉर्ड वापस लाने के लिए मालिक का PIN चाहिए: &apos;optin-desk pin&apos; से सेट करें, फिर --pin से दें</translation>
    </message>
    <message>
        <source>the evidence file {error}; choose the scan again</source>
        <translation>सबूत की फ़ाइल {error}; स्कैन फिर से चुनें</translation>
    </message>
    <message>
        <source>the evidence file could not be read: {error}</source>
        <translation>सबूत की फ़ाइल पढ़ी नहीं जा सकी: {error}</translation>
    </message>
    <message>
        <source>the evidence file {error}</source>
        <translation>सबूत की फ़ाइल {error}</translation>
    </message>
    <message>
        <source>the evidence file could not be kept: {error}</source>
        <translation>सबूत की फ़ाइल रखी नहीं जा सकी: {error}</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source} मौजूद नहीं है</translation>
    </message>
    <message>
        <source>the server could not be asked ({reason}); nothing was changed</source>
        <translation>सर्वर से पूछा नहीं जा सका ({reason}); कुछ नहीं बदला</translation>
    </message>
    <message>
        <source>restoring on a server is for the records&apos; owner role (it owns the database and may create databases): run it with the owner&apos;s URL; nothing was changed</source>
        <translation>सर्वर पर वापस लाना रिकॉर्ड के मालिक रोल के लिए है (डेटाबेस उसका है और वह डेटाबेस बना सकता है): इसे मालिक के URL से चलाएँ; कुछ नहीं बदला</translation>
    </message>
    <message>
        <source>no new database could be made for the restore ({reason}); nothing was changed</source>
        <translation>वापस लाने के लिए नया डेटाबेस नहीं बन सका ({reason}); कुछ नहीं बदला</translation>
    </message>
    <message>
        <source>{name} is not a sound dump of OptIn Desk records ({error}); nothing was changed</source>
        <translation>{name} OptIn Desk रिकॉर्ड का सही dump नहीं है ({error}); कुछ नहीं बदला</translation>
    </message>
    <message>
        <source>{name} holds no OptIn Desk records; nothing was changed</source>
        <translation>{name} में कोई OptIn Desk रिकॉर्ड नहीं; कुछ नहीं बदला</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}; nothing was changed</source>
        <translation>{name} लेजर जाँच में एंट्री {broken_event_id} पर फ़ेल होती है: {problem}; कुछ नहीं बदला</translation>
    </message>
    <message>
        <source>too many restores of these records this second; try again</source>
        <translation>इस सेकंड में इन रिकॉर्ड को बहुत बार वापस लाया गया; फिर कोशिश करें</translation>
    </message>
    <message numerus="yes">
        <source>%n other (connection is|connections are) open to the records (a window on another computer?): close (it|them) and try again, or give --force to disconnect (it|them); nothing was changed</source>
        <translation>
            <numerusform>रिकॉर्ड से %n दूसरा कनेक्शन खुला है (किसी दूसरे कंप्यूटर पर विंडो?): उसे बंद करके फिर कोशिश करें, या उसे काटने के लिए --force दें; कुछ नहीं बदला</numerusform>
            <numerusform>रिकॉर्ड से %n दूसरे कनेक्शन खुले हैं (किसी दूसरे कंप्यूटर पर विंडो?): उन्हें बंद करके फिर कोशिश करें, या उन्हें काटने के लिए --force दें; कुछ नहीं बदला</numerusform>
        </translation>
    </message>
    <message>
        <source>a save on another computer held the records too long; try the restore again in a moment; the records were left as they were</source>
        <translation>किसी दूसरे कंप्यूटर के सेव ने रिकॉर्ड बहुत देर तक रोके रखे; थोड़ी देर में वापस लाना फिर आज़माएँ; रिकॉर्ड जैसे थे वैसे ही छोड़े गए</translation>
    </message>
    <message>
        <source>no business profile yet</source>
        <translation>अभी दुकान की प्रोफ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>category {key!r} stays {kind}: add a new category instead</source>
        <translation>प्रकार {key!r} {kind} ही रहेगा: इसकी जगह नया प्रकार जोड़ें</translation>
    </message>
    <message>
        <source>say why the event is voided (--reason): the reason is kept with it</source>
        <translation>बताएँ एंट्री क्यों रद्द हो रही है (--reason): कारण उसके साथ रखा जाता है</translation>
    </message>
    <message>
        <source>there is no event {event_id}; see &apos;optin-desk history NUMBER&apos;</source>
        <translation>कोई एंट्री {event_id} नहीं है; &apos;optin-desk history NUMBER&apos; देखें</translation>
    </message>
    <message>
        <source>event {event_id} is about the shop, not a person: it stands</source>
        <translation>एंट्री {event_id} दुकान के बारे में है, किसी व्यक्ति के बारे में नहीं: यह बनी रहती है</translation>
    </message>
    <message>
        <source>event {event_id} is itself a void and cannot be voided</source>
        <translation>एंट्री {event_id} ख़ुद एक रद्द करने वाली एंट्री है और रद्द नहीं हो सकती</translation>
    </message>
    <message>
        <source>event {event_id} was already voided by event {already}</source>
        <translation>एंट्री {event_id} पहले ही एंट्री {already} से रद्द हो चुकी है</translation>
    </message>
    <message>
        <source>choose the event to void</source>
        <translation>रद्द करने के लिए एंट्री चुनें</translation>
    </message>
    <message>
        <source>events of different people are voided one person at a time</source>
        <translation>अलग-अलग लोगों की एंट्री एक बार में एक व्यक्ति की रद्द होती हैं</translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied</source>
        <translation>{source} पढ़ी नहीं जा सकती: अनुमति नहीं</translation>
    </message>
    <message>
        <source>{source} cannot be read: {problem}</source>
        <translation>{source} पढ़ी नहीं जा सकती: {problem}</translation>
    </message>
    <message>
        <source>{source} is a folder, not a file</source>
        <translation>{source} एक फ़ोल्डर है, फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>{source} is not a regular file (a pipe, device or socket)</source>
        <translation>{source} सामान्य फ़ाइल नहीं है (पाइप, डिवाइस या सॉकेट)</translation>
    </message>
    <message>
        <source>{source} is not a regular file</source>
        <translation>{source} सामान्य फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>{name} is {megabytes} MB; scans up to {most} MB are kept</source>
        <translation>{name} {megabytes} MB की है; {most} MB तक के स्कैन रखे जाते हैं</translation>
    </message>
    <message>
        <source>{name} changed while it was being copied; try again</source>
        <translation>{name} कॉपी होते समय बदल गई; फिर कोशिश करें</translation>
    </message>
    <message>
        <source>broadcast rules</source>
        <translation>ब्रॉडकास्ट के नियम</translation>
    </message>
    <message>
        <source>wording templates</source>
        <translation>शब्दावली के टेम्पलेट</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>स्टाफ़ के नाम</translation>
    </message>
    <message>
        <source>privacy details</source>
        <translation>निजता का ब्योरा</translation>
    </message>
    <message>
        <source>shop details</source>
        <translation>दुकान का ब्योरा</translation>
    </message>
    <message>
        <source>kinds of messages</source>
        <translation>संदेशों के प्रकार</translation>
    </message>
    <message>
        <source>sender numbers</source>
        <translation>भेजने वाले नंबर</translation>
    </message>
    <message>
        <source>wordings</source>
        <translation>सहमति की शब्दावली</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in(s)</source>
        <translation>
            <numerusform>%n ऑप्ट-इन</numerusform>
            <numerusform>%n ऑप्ट-इन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s)</source>
        <translation>
            <numerusform>%n रद्द</numerusform>
            <numerusform>%n रद्द</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) voided since</source>
        <translation>
            <numerusform>%n ऑप्ट-आउट तब से रद्द</numerusform>
            <numerusform>%n ऑप्ट-आउट तब से रद्द</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the backup holds %n event(s); the records hold {live}, {shared} of them the same</source>
        <translation>
            <numerusform>बैकअप में %n एंट्री है; रिकॉर्ड में {live} हैं, उनमें से {shared} एक जैसी</numerusform>
            <numerusform>बैकअप में %n एंट्री हैं; रिकॉर्ड में {live} हैं, उनमें से {shared} एक जैसी</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup is NOT a copy of these records (another shop, or diverged)</source>
        <translation>बैकअप इन रिकॉर्ड की कॉपी नहीं है (दूसरी दुकान, या अलग हो गए)</translation>
    </message>
    <message>
        <source>would be lost: {items}</source>
        <translation>खो जाएगा: {items}</translation>
    </message>
    <message>
        <source>would be lost: nothing recorded</source>
        <translation>खो जाएगा: कुछ दर्ज नहीं</translation>
    </message>
    <message>
        <source>settings that go back to the backup&apos;s: {names}</source>
        <translation>सेटिंग्स जो बैकअप वाली हो जाएँगी: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n ऑप्ट-आउट</numerusform>
            <numerusform>%n ऑप्ट-आउट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n मिटाना</numerusform>
            <numerusform>%n मिटाने</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied after the restore: {items}; the owner PIN stays as it is now</source>
        <translation>वापस लाने के बाद फिर लागू: {items}; मालिक का PIN अभी जैसा ही रहेगा</translation>
    </message>
    <message numerus="yes">
        <source>%n erased (number is|numbers are) kept under another key: they stay erased only where the backup holds them</source>
        <translation>
            <numerusform>%n मिटाया गया नंबर दूसरी कुंजी के तहत रखा है: वह सिर्फ़ वहीं मिटा रहेगा जहाँ बैकअप में है</numerusform>
            <numerusform>%n मिटाए गए नंबर दूसरी कुंजी के तहत रखे हैं: वे सिर्फ़ वहीं मिटे रहेंगे जहाँ बैकअप में हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept check(s)</source>
        <translation>
            <numerusform>%n रखी गई जाँच</numerusform>
            <numerusform>%n रखी गई जाँचें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent</source>
        <translation>
            <numerusform>%n मैसेज भेजा हुआ दर्ज</numerusform>
            <numerusform>%n मैसेज भेजे हुए दर्ज</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed form batch(es)</source>
        <translation>
            <numerusform>%n छपा फ़ॉर्म बैच</numerusform>
            <numerusform>%n छपे फ़ॉर्म बैच</numerusform>
        </translation>
    </message>
    <message>
        <source>the category {key!r} ({kind}) has no kind in the ledger: it was added behind the program&apos;s back</source>
        <translation>प्रकार {key!r} ({kind}) का लेजर में कोई kind दर्ज नहीं: इसे प्रोग्राम को बताए बिना जोड़ा गया</translation>
    </message>
    <message>
        <source>the category {key!r} is stored as {kind}, but the ledger states {stated} (event {event}): its kind was edited behind the program&apos;s back; the rules keep {stated}</source>
        <translation>प्रकार {key!r} {kind} के रूप में रखा है, पर लेजर में {stated} लिखा है (एंट्री {event}): इसका kind प्रोग्राम को बताए बिना बदला गया; नियम {stated} ही मानते हैं</translation>
    </message>
    <message>
        <source>the records key is not on this computer, so erased numbers and who each event belongs to cannot be told here: on a computer that has it run &apos;optin-desk records-key --out FILE&apos;, then here &apos;optin-desk records-key --import FILE&apos;</source>
        <translation>रिकॉर्ड-की इस कंप्यूटर पर नहीं है, इसलिए यहाँ मिटाए गए नंबर और कौन-सी एंट्री किसकी है, यह पता नहीं चल सकता: जिस कंप्यूटर पर यह की है वहाँ &apos;optin-desk records-key --out FILE&apos; चलाएँ, फिर यहाँ &apos;optin-desk records-key --import FILE&apos;</translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation>{source} पढ़ी नहीं जा सकती: {error}</translation>
    </message>
    <message>
        <source>{source} is not a records key written by &apos;optin-desk records-key --out&apos;</source>
        <translation>{source} &apos;optin-desk records-key --out&apos; से लिखी रिकॉर्ड-की नहीं है</translation>
    </message>
    <message>
        <source>{source} is the key of other records (id {found}), not of these ({known})</source>
        <translation>{source} दूसरे रिकॉर्ड की की है (id {found}), इनकी नहीं ({known})</translation>
    </message>
    <message>
        <source>the key in {source} does not match the numbers these records hold: it was not written from these records</source>
        <translation>{source} में रखी की इन रिकॉर्ड के नंबरों से मेल नहीं खाती: यह इन रिकॉर्ड से नहीं लिखी गई</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 3600, not {written!r}</source>
        <translation>--wait में 0 से 3600 तक सेकंड की संख्या दें, {written!r} नहीं</translation>
    </message>
    <message>
        <source>--remove-unerasable goes with --from-backups</source>
        <translation>--remove-unerasable सिर्फ़ --from-backups के साथ चलता है</translation>
    </message>
    <message>
        <source>{number} is not erased from the records: erase it first</source>
        <translation>{number} रिकॉर्ड से मिटाया नहीं गया है: पहले इसे मिटाएँ</translation>
    </message>
    <message>
        <source>its folder is not there: plug in the stick</source>
        <translation>इसका फ़ोल्डर मौजूद नहीं है: पेन ड्राइव लगाएँ</translation>
    </message>
    <message>
        <source>a server&apos;s dump cannot be rewritten by this program</source>
        <translation>सर्वर का dump यह प्रोग्राम दोबारा नहीं लिख सकता</translation>
    </message>
    <message>
        <source>the number was still found in the rewritten copy</source>
        <translation>दोबारा लिखी कॉपी में नंबर अब भी मिला</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s head row was deleted behind the program&apos;s back; run verify, then restore the latest backup</source>
        <translation>कुछ दर्ज नहीं हुआ: लेजर की हेड पंक्ति प्रोग्राम को बताए बिना हटाई गई; verify चलाएँ, फिर आख़िरी बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>wording {wording_id} ({language}, version {version}): its text was changed; it no longer hashes to the sha256 recorded for it</source>
        <translation>शब्दावली {wording_id} ({language}, वर्ज़न {version}): इसका टेक्स्ट बदला गया; इसका हैश अब इसके लिए दर्ज sha256 से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>event {event_id} points at wording {wording_id}, whose sha256 is {found}, but the chain says the person was shown the wording {chained}</source>
        <translation>एंट्री {event_id} शब्दावली {wording_id} की ओर इशारा करती है, जिसका sha256 {found} है, पर चेन कहती है कि व्यक्ति को शब्दावली {chained} दिखाई गई थी</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>the scan {sha256} was replaced or altered: its file now hashes to {found}</source>
        <translation>स्कैन {sha256} बदला या उससे छेड़छाड़ हुई: उसकी फ़ाइल का हैश अब {found} है</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is missing from the scan folder: the proof of that opt-in lost its scan; put the file back from a backup</source>
        <translation>एंट्री {event_id} का स्कैन {sha256} स्कैन फ़ोल्डर में नहीं है: उस ऑप्ट-इन के सबूत का स्कैन खो गया; बैकअप से फ़ाइल वापस रखें</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is not on this computer (the shared records keep scans on the computer that recorded them): verify there</source>
        <translation>एंट्री {event_id} का स्कैन {sha256} इस कंप्यूटर पर नहीं है (साझा रिकॉर्ड में स्कैन उसी कंप्यूटर पर रहते हैं जिसने उन्हें दर्ज किया): वहाँ verify चलाएँ</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of erased people are gone, as the erasure asked</source>
        <translation>
            <numerusform>मिटाए गए लोगों का %n स्कैन हट गया है, जैसा मिटाने में कहा गया था</numerusform>
            <numerusform>मिटाए गए लोगों के %n स्कैन हट गए हैं, जैसा मिटाने में कहा गया था</numerusform>
        </translation>
    </message>
    <message>
        <source>the events of person {contact_id} cannot be read ({problem}): they were edited outside the program, so their consent cannot be worked out; restore the latest backup</source>
        <translation>व्यक्ति {contact_id} के इवेंट पढ़े नहीं जा सकते ({problem}): उन्हें प्रोग्राम के बाहर बदला गया, इसलिए उनकी सहमति निकाली नहीं जा सकती; आख़िरी बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>ऑप्ट-इन किया</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s last event is not the one its head row names (an event was deleted or added behind the program&apos;s back); run verify, then restore the latest backup (an opt-out is still recorded)</source>
        <translation>कुछ भी दर्ज नहीं हुआ: बही की आख़िरी प्रविष्टि वह नहीं है जिसका नाम उसकी शीर्ष पंक्ति में है (प्रोग्राम के पीछे कोई प्रविष्टि हटाई या जोड़ी गई); verify चलाएँ, फिर सबसे नया बैकअप बहाल करें (ऑप्ट-आउट फिर भी दर्ज होता है)</translation>
    </message>
    <message>
        <source>nothing was recorded: {phone} is opted out of {kind} on record, but the events left in the ledger no longer say so (one was deleted behind the program&apos;s back); run verify, then restore the latest backup</source>
        <translation>कुछ भी दर्ज नहीं हुआ: रिकॉर्ड के अनुसार {phone} ने {kind} से ऑप्ट-आउट किया है, पर बही में बची प्रविष्टियाँ अब यह नहीं कहतीं (प्रोग्राम के पीछे एक प्रविष्टि हटाई गई); verify चलाएँ, फिर सबसे नया बैकअप बहाल करें</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>ऑप्ट-आउट किया</translation>
    </message>
    <message>
        <source>without consent</source>
        <translation>बिना सहमति</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} since {table_since} (event {event_id}), but the ledger says since {ledger_since}: the time was edited outside the program; check and status read the table, so they are wrong for this person</source>
        <translation>सहमति की स्थिति वाली टेबल कहती है कि व्यक्ति {contact_id} {category} के लिए {table_since} से {table} है (एंट्री {event_id}), पर लेजर कहता है {ledger_since} से: समय प्रोग्राम के बाहर बदला गया; check और status टेबल पढ़ते हैं, इसलिए इस व्यक्ति के लिए वे ग़लत हैं</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} (event {table_event_id}), but the ledger says {ledger} (event {event_id}): check and status read the table, so they are wrong for this person</source>
        <translation>सहमति की स्थिति वाली टेबल कहती है कि व्यक्ति {contact_id} {category} के लिए {table} है (एंट्री {table_event_id}), पर लेजर कहता है {ledger} (एंट्री {event_id}): check और status टेबल पढ़ते हैं, इसलिए इस व्यक्ति के लिए वे ग़लत हैं</translation>
    </message>
    <message numerus="yes">
        <source>the ledger&apos;s head row is missing although it holds %n event(s): someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</source>
        <translation>
            <numerusform>लेजर की हेड पंक्ति नहीं है, जबकि लेजर में %n एंट्री है: किसी ने इसे प्रोग्राम को बताए बिना हटाया, इससे छिप जाता है कि आख़िर से एंट्री काटी गईं या नहीं। इसके वापस आने तक कुछ दर्ज नहीं हो सकता: अलग रखे चेकपॉइंट से मिलाएँ (verify --checkpoint) और आख़िरी बैकअप वापस लाएँ</numerusform>
            <numerusform>लेजर की हेड पंक्ति नहीं है, जबकि लेजर में %n एंट्री हैं: किसी ने इसे प्रोग्राम को बताए बिना हटाया, इससे छिप जाता है कि आख़िर से एंट्री काटी गईं या नहीं। इसके वापस आने तक कुछ दर्ज नहीं हो सकता: अलग रखे चेकपॉइंट से मिलाएँ (verify --checkpoint) और आख़िरी बैकअप वापस लाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>the append-only guard {name} is missing or switched off: the ledger can be rewritten without a trace in it; restore the latest backup or ask for help</source>
        <translation>सिर्फ़-जोड़ने वाला (append-only) गार्ड {name} नहीं है या बंद है: लेजर बिना कोई निशान छोड़े दोबारा लिखा जा सकता है; आख़िरी बैकअप वापस लाएँ या मदद माँगें</translation>
    </message>
    <message>
        <source>the owner PIN kept in the settings is not the one the ledger states: it was removed or replaced behind the program&apos;s back; what needs the PIN stays refused until the owner gives the PIN that opens this computer&apos;s signing key</source>
        <translation>सेटिंग्स में रखा मालिक का PIN वह नहीं है जो लेजर बताता है: इसे प्रोग्राम से छिपाकर हटाया या बदला गया; जिसके लिए PIN चाहिए वह तब तक मना रहेगा जब तक मालिक वह PIN न दे जो इस कंप्यूटर की साइनिंग की खोलता है</translation>
    </message>
    <message>
        <source>contact {contact} was erased, but the erasure is no longer on record: it was removed behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>संपर्क {contact} मिटाया गया था, पर मिटाने का रिकॉर्ड अब नहीं है: इसे प्रोग्राम से छिपाकर हटाया गया और नंबर अब ब्लॉक नहीं है; आख़िरी बैकअप बहाल करें या मदद लें</translation>
    </message>
    <message>
        <source>an erasure is marked lifted by event {event}, which is not the person&apos;s own new opt-in: it was lifted behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>एक मिटाना रिकॉर्ड {event} से हटाया गया दिखाया गया है, जो उस व्यक्ति का अपना नया ऑप्ट-इन नहीं है: इसे प्रोग्राम से छिपाकर हटाया गया और नंबर अब ब्लॉक नहीं है; आख़िरी बैकअप बहाल करें या मदद लें</translation>
    </message>
    <message>
        <source>the server role {role} may UPDATE, DELETE or TRUNCATE the ledger: only its owner should; take it back as the owner (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</source>
        <translation>सर्वर रोल {role} लेजर पर UPDATE, DELETE या TRUNCATE कर सकता है: यह सिर्फ़ उसके मालिक को करना चाहिए; मालिक के रूप में यह अधिकार वापस लें (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</translation>
    </message>
    <message>
        <source>the stored Merkle root of block {block} (the events up to {event_id}) is not the root of those events in the ledger: it was changed behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>ब्लॉक {block} (इवेंट {event_id} तक) की सेव की गई Merkle रूट लेजर में उन इवेंट की रूट नहीं है: इसे प्रोग्राम को बताए बिना बदला गया। अब प्रमाण हर इवेंट से बनाए जाते हैं; आख़िरी बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>the Merkle root of block {block} (the events up to {event_id}) is missing: it was deleted behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>ब्लॉक {block} (इवेंट {event_id} तक) की Merkle रूट नहीं है: इसे प्रोग्राम को बताए बिना हटाया गया। अब प्रमाण हर इवेंट से बनाए जाते हैं; आख़िरी बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>a Merkle root is stored for block {block}, which the ledger does not hold: it was added behind the program&apos;s back; restore the latest backup</source>
        <translation>ब्लॉक {block} के लिए Merkle रूट सेव है, जो लेजर में नहीं है: इसे प्रोग्राम को बताए बिना जोड़ा गया; आख़िरी बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>no consent on file</source>
        <translation>कोई सहमति दर्ज नहीं</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>जन॰</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>फ़र॰</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>जुल॰</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>अग॰</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>सित॰</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>अक्तू॰</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>नव॰</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>दिस॰</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>काग़ज़ का फ़ॉर्म</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>सामने</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>फ़ोन कॉल</translation>
    </message>
    <message>
        <source>phone menu</source>
        <translation>फ़ोन मेन्यू</translation>
    </message>
    <message>
        <source>the website</source>
        <translation>वेबसाइट</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>कैश काउंटर</translation>
    </message>
    <message>
        <source>a sign-up form</source>
        <translation>साइन-अप फ़ॉर्म</translation>
    </message>
    <message>
        <source>a WhatsApp ad</source>
        <translation>WhatsApp विज्ञापन</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>इंपोर्ट</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>चिट्ठी</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>WhatsApp का स्टॉप बटन</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>किसी और तरीके</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>erased on request on {day}</source>
        <translation>अनुरोध पर {day} को मिटाया गया</translation>
    </message>
    <message>
        <source>consent for {categories} only</source>
        <translation>सहमति केवल {categories} के लिए</translation>
    </message>
    <message numerus="yes">
        <source>%n {what} message(s) in the last {days} days</source>
        <translation>
            <numerusform>पिछले {days} दिनों में {what} का %n मैसेज</numerusform>
            <numerusform>पिछले {days} दिनों में {what} के %n मैसेज</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; add an opt-out option: {why}</source>
        <translation>{reason}; ऑप्ट-आउट विकल्प जोड़ें: {why}</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day} ({method})</source>
        <translation>{day} को {scope} से ऑप्ट-आउट किया ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} ({method})</source>
        <translation>{scope} से ऑप्ट-आउट किया ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day}</source>
        <translation>{day} को {scope} से ऑप्ट-आउट किया</translation>
    </message>
    <message>
        <source>opted out of {scope}</source>
        <translation>{scope} से ऑप्ट-आउट किया</translation>
    </message>
    <message>
        <source>opted in on {day} ({method})</source>
        <translation>{day} को ऑप्ट-इन किया ({method})</translation>
    </message>
    <message>
        <source>opted in on {day}</source>
        <translation>{day} को ऑप्ट-इन किया</translation>
    </message>
    <message>
        <source>opted in ({method})</source>
        <translation>ऑप्ट-इन किया ({method})</translation>
    </message>
    <message>
        <source>first after more than {days} days</source>
        <translation>{days} से अधिक दिनों के बाद पहला</translation>
    </message>
    <message>
        <source>nothing from or about them in {days} days</source>
        <translation>{days} दिनों में इनकी ओर से या इनके बारे में कुछ नहीं</translation>
    </message>
    <message>
        <source>first marketing message</source>
        <translation>पहला मार्केटिंग मैसेज</translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file, for example {file}</source>
        <translation>{path} एक फ़ोल्डर है: डेटाबेस फ़ाइल बताएँ, जैसे {file}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: check the --db path (nothing was created)</source>
        <translation>फ़ोल्डर {folder} मौजूद नहीं है: --db का पथ जाँचें (कुछ भी नहीं बनाया गया)</translation>
    </message>
    <message>
        <source>there are no records yet: set up the shop with &apos;optin-desk init&apos;</source>
        <translation>अभी कोई रिकॉर्ड नहीं है: &apos;optin-desk init&apos; से दुकान सेट करें</translation>
    </message>
    <message>
        <source>there are no records at {path} yet: set up the shop with &apos;optin-desk init&apos; and this --db, or check the path</source>
        <translation>{path} पर अभी कोई रिकॉर्ड नहीं है: &apos;optin-desk init&apos; और इसी --db से दुकान सेट करें, या पथ जाँचें</translation>
    </message>
    <message>
        <source>{path} cannot be written and is from another version of OptIn Desk: copy it to a writable folder to open it</source>
        <translation>{path} में लिखा नहीं जा सकता और यह OptIn Desk के किसी दूसरे संस्करण की है: इसे खोलने के लिए ऐसे फ़ोल्डर में कॉपी करें जिसमें लिखा जा सके</translation>
    </message>
    <message>
        <source>{path} cannot be written: it cannot be upgraded</source>
        <translation>{path} में लिखा नहीं जा सकता: इसे अपग्रेड नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>checkpoint {name}: it cannot be read as a checkpoint ({reason})</source>
        <translation>चेकपॉइंट {name}: इसे चेकपॉइंट के रूप में पढ़ा नहीं जा सकता ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>the records no longer start with the %n event(s) just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</source>
        <translation>
            <numerusform>रिकॉर्ड अब अभी बैकअप हुई %n एंट्री से शुरू नहीं होते (इस बीच वापस लाए या बदले गए): कोई चेकपॉइंट नहीं लिया गया; फिर से बैकअप लें</numerusform>
            <numerusform>रिकॉर्ड अब अभी बैकअप हुई %n एंट्री से शुरू नहीं होते (इस बीच वापस लाए या बदले गए): कोई चेकपॉइंट नहीं लिया गया; फिर से बैकअप लें</numerusform>
        </translation>
    </message>
    <message>
        <source>no checkpoint found in {path} (files ending in .checkpoint.json or -checkpoints.jsonl)</source>
        <translation>{path} में कोई चेकपॉइंट नहीं मिला (.checkpoint.json या -checkpoints.jsonl पर ख़त्म होने वाली फ़ाइलें)</translation>
    </message>
    <message>
        <source>these records were restored from {source} on {at}: a checkpoint made before that restore may be of the records it replaced (kept beside them as a &apos;replaced&apos; copy); check it against that copy with --db</source>
        <translation>ये रिकॉर्ड {at} को {source} से वापस लाए गए थे: उससे पहले बना चेकपॉइंट शायद बदले गए रिकॉर्ड का हो (जो उनके पास &apos;replaced&apos; कॉपी के रूप में रखे हैं); उसे --db से उस कॉपी पर जाँचें</translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: its %n event(s) (made {made}) (was|were) replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</source>
        <translation>
            <numerusform>चेकपॉइंट {name}: इसकी %n एंट्री ({made} को बना) {at} को वापस लाने (हेड {head}) से बदल गई, जिसे लेजर एंट्री {event} के रूप में दर्ज करता है; बदले गए रिकॉर्ड उनके पास रखे हैं</numerusform>
            <numerusform>चेकपॉइंट {name}: इसकी %n एंट्री ({made} को बना) {at} को वापस लाने (हेड {head}) से बदल गईं, जिसे लेजर एंट्री {event} के रूप में दर्ज करता है; बदले गए रिकॉर्ड उनके पास रखे हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}, key {key})</source>
        <translation>
            <numerusform>चेकपॉइंट {name}: ok, लेजर में इसकी %n एंट्री है ({made} को बना, की {key})</numerusform>
            <numerusform>चेकपॉइंट {name}: ok, लेजर में इसकी %n एंट्री हैं ({made} को बना, की {key})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</source>
        <translation>
            <numerusform>चेकपॉइंट {name}: ok, लेजर में इसकी %n एंट्री है ({made} को बना), पर यह साइन नहीं है: बनते समय साइनिंग की मालिक के PIN से लॉक थी</numerusform>
            <numerusform>चेकपॉइंट {name}: ok, लेजर में इसकी %n एंट्री हैं ({made} को बना), पर यह साइन नहीं है: बनते समय साइनिंग की मालिक के PIN से लॉक थी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: it counted %n event(s) on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</source>
        <translation>
            <numerusform>चेकपॉइंट {name}: इसने {made} को %n एंट्री गिनी थी, पर लेजर में केवल {count} हैं: एंट्री हटाई गईं या लेजर बदला गया</numerusform>
            <numerusform>चेकपॉइंट {name}: इसने {made} को %n एंट्री गिनी थीं, पर लेजर में केवल {count} हैं: एंट्री हटाई गईं या लेजर बदला गया</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: the ledger&apos;s first %n (event does|events do) not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</source>
        <translation>
            <numerusform>चेकपॉइंट {name}: लेजर की पहली %n एंट्री से वह रूट हैश नहीं बनता जो {made} को दर्ज हुआ: तब से लेजर दोबारा लिखा या बदला गया</numerusform>
            <numerusform>चेकपॉइंट {name}: लेजर की पहली %n एंट्री से वह रूट हैश नहीं बनता जो {made} को दर्ज हुआ: तब से लेजर दोबारा लिखा या बदला गया</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint {name}: event {size} of the ledger does not have the head hash it recorded on {made}: the ledger was rewritten or the checkpoint altered</source>
        <translation>चेकपॉइंट {name}: लेजर की एंट्री {size} का हेड हैश वह नहीं जो {made} को दर्ज हुआ: लेजर दोबारा लिखा गया या चेकपॉइंट बदला गया</translation>
    </message>
    <message>
        <source>checkpoint {name}: its signature does not match its contents (it was altered, or not signed by the key it names)</source>
        <translation>चेकपॉइंट {name}: इसका सिग्नेचर इसकी सामग्री से मेल नहीं खाता (इसे बदला गया, या जिस की का नाम है उससे साइन नहीं हुआ)</translation>
    </message>
    <message>
        <source>its texts are marked erased on request, but its person was never erased</source>
        <translation>इसके टेक्स्ट अनुरोध पर मिटाए गए चिह्नित हैं, पर इसका व्यक्ति कभी मिटाया नहीं गया</translation>
    </message>
    <message numerus="yes">
        <source>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>
            <numerusform>संपर्क {contacts} और %n और का नंबर वह नंबर नहीं है जिससे उसकी की बनी थी: फ़ाइल में नंबर बदले या अदला-बदली किए गए</numerusform>
            <numerusform>संपर्क {contacts} और %n और का नंबर वह नंबर नहीं है जिससे उनकी की बनी थी: फ़ाइल में नंबर बदले या अदला-बदली किए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of contact {contacts} is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>संपर्क {contacts} का नंबर वह नंबर नहीं है जिससे उसकी की बनी थी: फ़ाइल में नंबर बदले या अदला-बदली किए गए</translation>
    </message>
    <message>
        <source>the bind of event {event} names no contacts</source>
        <translation>एंट्री {event} का बंधन किसी संपर्क का नाम नहीं लेता</translation>
    </message>
    <message>
        <source>the contacts&apos; keys no longer match what event {event} bound: a contact&apos;s key was changed, swapped or removed in the file</source>
        <translation>संपर्कों की की अब उससे मेल नहीं खातीं जो एंट्री {event} ने बाँधा था: फ़ाइल में किसी संपर्क की की बदली, अदला-बदली की या हटाई गई</translation>
    </message>
    <message>
        <source>its texts (note, customer&apos;s words, confirmation, reason) were changed</source>
        <translation>इसके टेक्स्ट (नोट, ग्राहक के शब्द, पुष्टि, कारण) बदले गए</translation>
    </message>
    <message>
        <source>its texts were erased on request, yet texts are there again</source>
        <translation>इसके टेक्स्ट अनुरोध पर मिटाए गए थे, फिर भी टेक्स्ट वापस हैं</translation>
    </message>
    <message>
        <source>events are out of order</source>
        <translation>एंट्री क्रम से नहीं हैं</translation>
    </message>
    <message>
        <source>it does not follow the event before it</source>
        <translation>यह पिछली एंट्री के बाद नहीं जुड़ती</translation>
    </message>
    <message>
        <source>its stored hash does not match its fields</source>
        <translation>इसका सहेजा हैश इसके फ़ील्ड से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>event ids {first} to {last} are missing before it: the program numbers events without gaps, so events were removed</source>
        <translation>इससे पहले एंट्री नंबर {first} से {last} तक गायब हैं: प्रोग्राम एंट्री को बिना खाली जगह के गिनता है, इसलिए एंट्री हटाई गईं</translation>
    </message>
    <message>
        <source>it belongs to contact {contact}, whose row now carries another person&apos;s key: contacts&apos; numbers or keys were swapped or changed in the file</source>
        <translation>यह संपर्क {contact} की है, जिसकी पंक्ति में अब किसी और व्यक्ति की की है: फ़ाइल में संपर्कों के नंबर या की बदले या अदला-बदली किए गए</translation>
    </message>
    <message>
        <source>it is dated {dated} UTC, after it was recorded ({recorded} UTC): no event may be dated ahead</source>
        <translation>इसकी तारीख़ {dated} UTC है, जो दर्ज होने ({recorded} UTC) के बाद की है: कोई एंट्री आगे की तारीख़ की नहीं हो सकती</translation>
    </message>
    <message numerus="yes">
        <source>the ledger recorded %n event(s) ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</source>
        <translation>
            <numerusform>लेजर ने {head} पर ख़त्म होने वाली %n एंट्री दर्ज की थी, पर चेन में केवल {count} हैं, एंट्री {last} तक: एंट्री हटाई गईं</numerusform>
            <numerusform>लेजर ने {head} पर ख़त्म होने वाली %n एंट्री दर्ज की थीं, पर चेन में केवल {count} हैं, एंट्री {last} तक: एंट्री हटाई गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded before texts were chained as commitments had their texts erased on request (first: {first}): each one&apos;s other fields are taken on trust from the event after it, which still chains its hash</source>
        <translation>
            <numerusform>टेक्स्ट को प्रतिबद्धता के रूप में जोड़े जाने से पहले दर्ज %n एंट्री के टेक्स्ट अनुरोध पर मिटाए गए (पहली: {first}): उसके बाक़ी फ़ील्ड अगली एंट्री के भरोसे माने जाते हैं, जो अब भी उसका हैश जोड़ती है</numerusform>
            <numerusform>टेक्स्ट को प्रतिबद्धता के रूप में जोड़े जाने से पहले दर्ज %n एंट्री के टेक्स्ट अनुरोध पर मिटाए गए (पहली: {first}): उनके बाक़ी फ़ील्ड अगली एंट्री के भरोसे माने जाते हैं, जो अब भी उनका हैश जोड़ती है</numerusform>
        </translation>
    </message>
    <message>
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC): the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>एंट्री {event} {recorded} UTC पर दर्ज हुई, अपने से पहले वाली एंट्री ({ahead} UTC) से भी पहले: कंप्यूटर की घड़ी ग़लत थी, या रिकॉर्ड क्रम से बाहर लोड हुए (लेजर का क्रम फिर भी मान्य है)</translation>
    </message>
    <message numerus="yes">
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>
            <numerusform>एंट्री {event} {recorded} UTC पर दर्ज हुई, अपने से पहले वाली एंट्री ({ahead} UTC) से भी पहले, और ऐसी %n और: कंप्यूटर की घड़ी ग़लत थी, या रिकॉर्ड क्रम से बाहर लोड हुए (लेजर का क्रम फिर भी मान्य है)</numerusform>
            <numerusform>एंट्री {event} {recorded} UTC पर दर्ज हुई, अपने से पहले वाली एंट्री ({ahead} UTC) से भी पहले, और ऐसी %n और: कंप्यूटर की घड़ी ग़लत थी, या रिकॉर्ड क्रम से बाहर लोड हुए (लेजर का क्रम फिर भी मान्य है)</numerusform>
        </translation>
    </message>
    <message>
        <source>no words</source>
        <translation>कोई शब्द नहीं</translation>
    </message>
    <message>
        <source>says both {out} and {in_}: a person decides</source>
        <translation>{out} और {in_} दोनों कहता है: कोई व्यक्ति तय करे</translation>
    </message>
    <message>
        <source>keyword {word}</source>
        <translation>कीवर्ड {word}</translation>
    </message>
    <message>
        <source>{word} among other words: a person decides</source>
        <translation>दूसरे शब्दों के बीच {word}: कोई व्यक्ति तय करे</translation>
    </message>
    <message>
        <source>says {words}: may mean stop; a person decides</source>
        <translation>{words} कहता है: शायद रोकना चाहते हैं; कोई व्यक्ति तय करे</translation>
    </message>
    <message>
        <source>keyword {word}: an opt-in once staff confirm</source>
        <translation>कीवर्ड {word}: स्टाफ़ की पुष्टि के बाद सहमति</translation>
    </message>
    <message>
        <source>no opt-out or opt-in words</source>
        <translation>ऑप्ट-आउट या ऑप्ट-इन का कोई शब्द नहीं</translation>
    </message>
    <message>
        <source>would undo the opt-out of {key} on {when} ({how}): an import never opts anyone back in; a new opt-in needs its own evidence</source>
        <translation>{when} के {key} के ऑप्ट-आउट ({how}) को पलट देगा: इंपोर्ट कभी किसी को वापस ऑप्ट-इन नहीं करता; नई सहमति को अपना सबूत चाहिए</translation>
    </message>
    <message>
        <source>form from another print run</source>
        <translation>दूसरी छपाई का फ़ॉर्म</translation>
    </message>
    <message>
        <source>lifts the erasure on request of {day} (the person&apos;s own new consent)</source>
        <translation>{day} को अनुरोध पर हुआ मिटाना हटाता है (व्यक्ति की अपनी नई सहमति)</translation>
    </message>
    <message>
        <source>replied: {message}</source>
        <translation>जवाब दिया: {message}</translation>
    </message>
    <message>
        <source>imported from {file}, row {row}</source>
        <translation>{file} से इंपोर्ट किया गया, पंक्ति {row}</translation>
    </message>
    <message>
        <source>their method: {method}</source>
        <translation>मूल तरीका: {method}</translation>
    </message>
    <message>
        <source>re-applied after a restore from {file}: event {event}, recorded {recorded}</source>
        <translation>{file} से रीस्टोर के बाद दोबारा लागू: एंट्री {event}, {recorded} को दर्ज</translation>
    </message>
    <message numerus="yes">
        <source>the connection to the database server was lost part way through the import: %n of {total} rows (was|were) recorded before it and (is|are) kept; check the network and the server, then run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>इंपोर्ट के बीच में डेटाबेस सर्वर से कनेक्शन टूट गया: {total} में से %n पंक्ति पहले ही दर्ज हो चुकी थी और रखी गई है; नेटवर्क और सर्वर जाँचें, फिर वही इंपोर्ट दोबारा चलाएँ: यह सिर्फ़ बची हुई पंक्तियाँ जोड़ेगा</numerusform>
            <numerusform>इंपोर्ट के बीच में डेटाबेस सर्वर से कनेक्शन टूट गया: {total} में से %n पंक्तियाँ पहले ही दर्ज हो चुकी थीं और रखी गई हैं; नेटवर्क और सर्वर जाँचें, फिर वही इंपोर्ट दोबारा चलाएँ: यह सिर्फ़ बची हुई पंक्तियाँ जोड़ेगा</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the import stopped part way through ({detail}): %n of {total} rows (was|were) recorded before it and (is|are) kept; once that is put right, run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>इंपोर्ट बीच में रुक गया ({detail}): {total} में से %n पंक्ति पहले ही दर्ज हो चुकी थी और रखी गई है; इसे ठीक करने के बाद वही इंपोर्ट दोबारा चलाएँ: यह सिर्फ़ बची हुई पंक्तियाँ जोड़ेगा</numerusform>
            <numerusform>इंपोर्ट बीच में रुक गया ({detail}): {total} में से %n पंक्तियाँ पहले ही दर्ज हो चुकी थीं और रखी गई हैं; इसे ठीक करने के बाद वही इंपोर्ट दोबारा चलाएँ: यह सिर्फ़ बची हुई पंक्तियाँ जोड़ेगा</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation>{reason}; {note}</translation>
    </message>
    <message>
        <source>warning: WhatsApp could not deliver to this number on {day} (131026 {title}: often not on WhatsApp)</source>
        <translation>चेतावनी: WhatsApp {day} को इस नंबर पर मैसेज नहीं पहुँचा सका (131026 {title}: अक्सर WhatsApp पर नहीं)</translation>
    </message>
    <message>
        <source>--report and --allowed need the number of a check</source>
        <translation>--report और --allowed को किसी जाँच की संख्या चाहिए</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form, and the file has no serial column: add one (serial) with the serial printed on each form</source>
        <translation>काग़ज़ी फ़ॉर्म वाले ऑप्ट-इन में उसका फ़ॉर्म बताया जाता है, और फ़ाइल में सीरियल का कॉलम नहीं है: एक कॉलम (serial) जोड़ें जिसमें हर फ़ॉर्म पर छपा सीरियल हो</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: fill in the serial printed on it</source>
        <translation>काग़ज़ी फ़ॉर्म वाले ऑप्ट-इन में उसका फ़ॉर्म बताया जाता है: उस पर छपा सीरियल भरें</translation>
    </message>
    <message>
        <source>form serial {serial} looks like one of this shop&apos;s serials (XXXX-XXXX-C), mistyped: look at the form again</source>
        <translation>सीरियल {serial} इस दुकान के सीरियल (XXXX-XXXX-C) जैसा दिखता है, पर ग़लत लिखा है: फ़ॉर्म फिर से देखें</translation>
    </message>
    <message>
        <source>form {serial} is already entered for another person (entry #{entry})</source>
        <translation>फ़ॉर्म {serial} किसी और व्यक्ति के लिए पहले ही दर्ज है (एंट्री #{entry})</translation>
    </message>
    <message>
        <source>form {serial} is on row {row} too, for another number</source>
        <translation>फ़ॉर्म {serial} पंक्ति {row} में भी है, किसी दूसरे नंबर के लिए</translation>
    </message>
    <message>
        <source>--key is neither a public key (base64 of 32 bytes) nor a fingerprint (64 hex digits)</source>
        <translation>--key न तो पब्लिक की है (32 बाइट का base64) न फ़िंगरप्रिंट (64 hex अंक)</translation>
    </message>
    <message>
        <source>{path} cannot be read as a proof JSON ({reason})</source>
        <translation>{path} को सबूत JSON के रूप में पढ़ा नहीं जा सकता ({reason})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>{serial} is mistyped: its check symbol does not match; look at the form again</source>
        <translation>{serial} ग़लत लिखा है: इसका चेक अक्षर मेल नहीं खाता; फ़ॉर्म फिर से देखें</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} इस दुकान का छापा सीरियल नहीं है (वे XXXX-XXXX-C जैसे होते हैं): फ़ॉर्म फिर से देखें, या अगर दुकान ने इसे कहीं और छपवाया तो “दूसरी छपाई का फ़ॉर्म” पर टिक करें</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} यहाँ कभी नहीं छपा: फ़ॉर्म फिर से देखें, या अगर दुकान ने इसे कहीं और छपवाया तो “दूसरी छपाई का फ़ॉर्म” पर टिक करें</translation>
    </message>
    <message>
        <source>{serial}: a form from another print run; kept as the form&apos;s reference, with a note</source>
        <translation>{serial}: दूसरी छपाई का फ़ॉर्म; फ़ॉर्म के संदर्भ के रूप में रखा, एक नोट के साथ</translation>
    </message>
    <message>
        <source>form {serial} is already entered: {who}, signed {day} (entry #{entry})</source>
        <translation>फ़ॉर्म {serial} पहले ही दर्ज है: {who}, {day} को साइन किया (एंट्री #{entry})</translation>
    </message>
    <message>
        <source>form {serial}: {language} wording v{version}, printed {day}</source>
        <translation>फ़ॉर्म {serial}: {language} शब्दावली v{version}, {day} को छपा</translation>
    </message>
    <message>
        <source>a paper form needs its serial: type the one printed at the top of the form (a form the shop printed elsewhere: type the number it carries and tick “Form from another print run”)</source>
        <translation>काग़ज़ी फ़ॉर्म के लिए उसका सीरियल चाहिए: फ़ॉर्म के ऊपर छपा सीरियल लिखें (दुकान ने जो फ़ॉर्म कहीं और छपवाया: उस पर लिखा नंबर लिखें और “दूसरी छपाई का फ़ॉर्म” पर टिक करें)</translation>
    </message>
    <message>
        <source>an erased person</source>
        <translation>मिटाया गया व्यक्ति</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} इस दुकान का छापा सीरियल नहीं है (वे XXXX-XXXX-C जैसे होते हैं): फ़ॉर्म फिर से देखें, या अगर दुकान ने इसे कहीं और छपवाया तो --other-print-run दें</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} यहाँ कभी नहीं छपा: फ़ॉर्म फिर से देखें, या अगर दुकान ने इसे कहीं और छपवाया तो --other-print-run दें</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the proof has no anchor section (made before proofs were anchored?)</source>
        <translation>सबूत में anchor हिस्सा नहीं है (सबूतों के anchor होने से पहले बना?)</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is damaged: {reason}</source>
        <translation>सबूत का चेकपॉइंट ख़राब है: {reason}</translation>
    </message>
    <message>
        <source>the consent record around the events was altered: its elements (record id, purposes, controller, retention, ...) no longer give the sha256 the shop signed</source>
        <translation>एंट्री के आसपास का सहमति रिकॉर्ड बदला गया: इसके हिस्से (रिकॉर्ड id, उद्देश्य, कंट्रोलर, रखने की अवधि, ...) अब वह sha256 नहीं देते जिस पर दुकान ने साइन किया</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is not signed: nothing ties it to the shop&apos;s key</source>
        <translation>सबूत का चेकपॉइंट साइन नहीं है: कुछ भी इसे दुकान की की से नहीं जोड़ता</translation>
    </message>
    <message>
        <source>the proof is signed by key {found}, not by the key given ({given})</source>
        <translation>सबूत की {found} से साइन है, दी गई की ({given}) से नहीं</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature does not match its contents: it was altered</source>
        <translation>चेकपॉइंट का सिग्नेचर उसकी सामग्री से मेल नहीं खाता: इसे बदला गया</translation>
    </message>
    <message>
        <source>the signed list of the person&apos;s events does not match the proof: an event was removed, added or replaced, or the signed sha256 of the record around them was changed</source>
        <translation>व्यक्ति की एंट्री की साइन की गई लिस्ट सबूत से मेल नहीं खाती: कोई एंट्री हटाई, जोड़ी या बदली गई, या उनके आसपास के रिकॉर्ड का साइन किया sha256 बदला गया</translation>
    </message>
    <message>
        <source>event {event}: its anchor entry is damaged ({reason})</source>
        <translation>एंट्री {event}: इसकी anchor एंट्री ख़राब है ({reason})</translation>
    </message>
    <message>
        <source>event {event}: its chained fields do not give its hash: a field was altered</source>
        <translation>एंट्री {event}: इसके चेन वाले फ़ील्ड से इसका हैश नहीं बनता: कोई फ़ील्ड बदला गया</translation>
    </message>
    <message>
        <source>event {event}: its texts and salt do not give the commitment it chained: a text was altered</source>
        <translation>एंट्री {event}: इसके टेक्स्ट और salt से वह commitment नहीं बनता जो चेन में है: कोई टेक्स्ट बदला गया</translation>
    </message>
    <message>
        <source>event {event}: its inclusion proof does not lead to the checkpoint&apos;s root: it is not in the ledger the checkpoint signs</source>
        <translation>एंट्री {event}: इसका inclusion proof चेकपॉइंट के रूट तक नहीं पहुँचता: यह उस लेजर में नहीं जिसे चेकपॉइंट साइन करता है</translation>
    </message>
    <message>
        <source>the proof lists events {shown} but anchors {anchored}: an event was removed or added</source>
        <translation>सबूत एंट्री {shown} दिखाता है पर anchor {anchored} करता है: कोई एंट्री हटाई या जोड़ी गई</translation>
    </message>
    <message>
        <source>event {event}: its {field} differs from the chained record: it was altered</source>
        <translation>एंट्री {event}: इसका {field} चेन वाले रिकॉर्ड से अलग है: इसे बदला गया</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n (event recomputes to its hash and is|events recompute to their hashes and are) in the {ledger} signed on {made} by key {key}</source>
        <translation>
            <numerusform>ok: %n एंट्री अपना हैश फिर से बनाती है और {ledger} में है, जो {made} को की {key} से साइन हुआ</numerusform>
            <numerusform>ok: %n एंट्री अपने हैश फिर से बनाती हैं और {ledger} में हैं, जो {made} को की {key} से साइन हुआ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger of %n event(s)</source>
        <translation>
            <numerusform>%n एंट्री वाले लेजर</numerusform>
            <numerusform>%n एंट्री वाले लेजर</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <source>sent</source>
        <translation>भेजा</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>पहुँचा</translation>
    </message>
    <message>
        <source>read</source>
        <translation>पढ़ा</translation>
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
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>हर ब्रॉडकास्ट: उसका क्या हुआ, और 7 दिनों में ऑप्ट-आउट</translation>
    </message>
    <message>
        <source>No broadcast recorded as sent yet.</source>
        <translation>अभी तक कोई ब्रॉडकास्ट भेजा गया दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Nobody has opted in yet.</source>
        <translation>अभी तक किसी ने ऑप्ट-इन नहीं किया है।</translation>
    </message>
    <message>
        <source>{percent}% of {people}</source>
        <translation>{people} में से {percent}%</translation>
    </message>
    <message>
        <source>first opt-in by {method}</source>
        <translation>पहला ऑप्ट-इन: “{method}”</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number (from WhatsApp Manager)</source>
        <translation>हर WhatsApp नंबर की क्वालिटी रेटिंग (WhatsApp Manager से)</translation>
    </message>
    <message>
        <source>No quality reading entered yet.</source>
        <translation>अभी तक कोई क्वालिटी रीडिंग दर्ज नहीं की गई है।</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} से {last} तक</translation>
    </message>
    <message>
        <source>What came of your WhatsApp messages · {shop}</source>
        <translation>आपके WhatsApp संदेशों का नतीजा · {shop}</translation>
    </message>
    <message>
        <source>Quality report · {shop}</source>
        <translation>क्वालिटी रिपोर्ट · {shop}</translation>
    </message>
    <message>
        <source>Made {when} by OptIn Desk</source>
        <translation>{when} को OptIn Desk ने बनाई</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>किसी चीज़ पर आपका ध्यान देना ज़रूरी नहीं है।</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>ऑप्ट-इन के तरीके के हिसाब से ऑप्ट-आउट दर</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>साइन की गई शब्दावली के वर्ज़न के हिसाब से ऑप्ट-आउट दर</translation>
    </message>
</context>
<context>
    <name>RecordsProblem</name>
    <message>
        <source>The database server refused the user name or password this computer uses. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>डेटाबेस सर्वर ने इस कंप्यूटर का यूज़र नाम या पासवर्ड नहीं माना। कुछ दर्ज नहीं हुआ। जिसने सर्वर सेट किया उससे सही पता पूछें।</translation>
    </message>
    <message>
        <source>The database server has no records of that name. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>डेटाबेस सर्वर पर इस नाम के कोई रिकॉर्ड नहीं हैं। कुछ दर्ज नहीं हुआ। जिसने सर्वर सेट किया उससे सही पता पूछें।</translation>
    </message>
    <message>
        <source>The connection to the database server was lost in the middle. The server keeps a save whole or not at all: check the network, then try again.</source>
        <translation>डेटाबेस सर्वर से कनेक्शन बीच में टूट गया। सर्वर सेव को पूरा रखता है या बिल्कुल नहीं: नेटवर्क जाँचें, फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is switched on and that this computer is on the network, then try again. Nothing was recorded.</source>
        <translation>डेटाबेस सर्वर तक नहीं पहुँच सकते। जाँचें कि वह चालू है और यह कंप्यूटर नेटवर्क पर है, फिर कोशिश करें। कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>This computer&apos;s database role may not do that: setting up or upgrading the tables, and restoring, are for the records&apos; owner role. Nothing was recorded.</source>
        <translation>इस कंप्यूटर का डेटाबेस रोल यह नहीं कर सकता: टेबल सेट करना या अपग्रेड करना, और वापस लाना, रिकॉर्ड के मालिक रोल के लिए हैं। कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>The records are being restored from a backup. Nothing was recorded: try again in a moment.</source>
        <translation>रिकॉर्ड बैकअप से वापस लाए जा रहे हैं। कुछ दर्ज नहीं हुआ: थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The records are busy with another program. Nothing was lost: wait a moment and try again.</source>
        <translation>रिकॉर्ड किसी दूसरे प्रोग्राम में व्यस्त हैं। कुछ नहीं खोया: थोड़ा रुककर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was recorded.</source>
        <translation>डिस्क भरी है। कुछ जगह खाली करें, फिर कोशिश करें; कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>The records file cannot be written. Check that the folder is writable.</source>
        <translation>रिकॉर्ड फ़ाइल में लिखा नहीं जा सकता। जाँचें कि फ़ोल्डर में लिखा जा सकता है।</translation>
    </message>
    <message>
        <source>The records file cannot be opened. Check that the folder still exists.</source>
        <translation>रिकॉर्ड फ़ाइल नहीं खुल सकती। जाँचें कि फ़ोल्डर अब भी मौजूद है।</translation>
    </message>
    <message>
        <source>This file is not an OptIn Desk database. Nothing was recorded.</source>
        <translation>यह फ़ाइल OptIn Desk डेटाबेस नहीं है। कुछ दर्ज नहीं हुआ।</translation>
    </message>
    <message>
        <source>The records could not be saved (%s). Nothing was recorded; try again.</source>
        <translation>रिकॉर्ड सेव नहीं हो सके (%s)। कुछ दर्ज नहीं हुआ; फिर कोशिश करें।</translation>
    </message>
</context>
</TS>
