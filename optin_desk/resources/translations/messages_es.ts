<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Anchors</name>
    <message>
        <source>this computer has no signing key yet and the shop has an owner PIN: give --pin (or OPTIN_DESK_PIN) so that the new key is locked by it</source>
        <translation>este ordenador todavía no tiene clave de firma y la tienda tiene PIN del propietario: indique --pin (u OPTIN_DESK_PIN) para que la clave nueva quede protegida con él</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): {key}</source>
        <translation>Clave pública (Ed25519, base64): {key}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <translation>Huella digital (SHA-256): {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n event(s), root {root}, head {head}</source>
        <translation>
            <numerusform>Punto de control de %n registro, raíz {root}, huella {head}</numerusform>
            <numerusform>Punto de control de %n registros, raíz {root}, huella {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}</source>
        <translation>Firmado con la clave {fingerprint}</translation>
    </message>
    <message>
        <source>Not signed: the signing key is locked by the owner PIN (give --pin)</source>
        <translation>Sin firmar: la clave de firma está bloqueada con el PIN del propietario (indique --pin)</translation>
    </message>
    <message>
        <source>Written to {path}; also in the log {log}</source>
        <translation>Escrito en {path}; también en el historial {log}</translation>
    </message>
    <message>
        <source>Kept in the log {log}</source>
        <translation>Guardado en el historial {log}</translation>
    </message>
    <message>
        <source>note: the proof is not anchored to a signed checkpoint (the signing key is locked by the owner PIN): give --pin so that an auditor can check it with verify-proof</source>
        <translation>nota: la prueba no está anclada a un punto de control firmado (la clave de firma está bloqueada con el PIN del propietario): indique --pin para que un auditor pueda comprobarla con verify-proof</translation>
    </message>
    <message>
        <source>{message}; it is signed by another computer&apos;s key, not this one&apos;s: make sure that key is one of your shop&apos;s (&apos;optin-desk public-key&apos; on each computer)</source>
        <translation>{message}; está firmado con la clave de otro ordenador, no con la de este: asegúrese de que esa clave es de su tienda (&apos;optin-desk public-key&apos; en cada ordenador)</translation>
    </message>
    <message numerus="yes">
        <source>ok: the ledger holds the %n checkpoint(s) found in {path} ({latest})</source>
        <translation>
            <numerusform>correcto: el libro de registros contiene el punto de control encontrado en {path} ({latest})</numerusform>
            <numerusform>correcto: el libro de registros contiene los %n puntos de control encontrados en {path} ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: of the checkpoints found in {path}, %n (was|were) of records a restore replaced (see the notes) and the ledger holds the others ({latest})</source>
        <translation>
            <numerusform>correcto: de los puntos de control encontrados en {path}, %n era de datos que sustituyó una restauración (vea las notas) y el libro de registros contiene los demás ({latest})</numerusform>
            <numerusform>correcto: de los puntos de control encontrados en {path}, %n eran de datos que sustituyó una restauración (vea las notas) y el libro de registros contiene los demás ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: the %n checkpoint(s) found in {path} (was|were) of records a restore replaced (see the notes); none was taken since</source>
        <translation>
            <numerusform>correcto: el punto de control encontrado en {path} era de datos que sustituyó una restauración (vea las notas); desde entonces no se tomó ninguno</numerusform>
            <numerusform>correcto: los %n puntos de control encontrados en {path} eran de datos que sustituyó una restauración (vea las notas); desde entonces no se tomó ninguno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n checkpoint(s) found in {path} (is|are) not in the ledger (of {count} in all)</source>
        <translation>
            <numerusform>roto: %n punto de control encontrado en {path} no está en el libro de registros (de {count} en total)</numerusform>
            <numerusform>roto: %n puntos de control encontrados en {path} no están en el libro de registros (de {count} en total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest: %n event(s), made {made}</source>
        <translation>
            <numerusform>el último: %n registro, hecho el {made}</numerusform>
            <numerusform>el último: %n registros, hecho el {made}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Check {check}: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Revisión {check}: %n fila de {source} para «{kind}»</numerusform>
            <numerusform>Revisión {check}: %n filas de {source} para «{kind}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check (not kept: read-only): %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Revisión (no guardada: solo lectura): %n fila de {source} para «{kind}»</numerusform>
            <numerusform>Revisión (no guardada: solo lectura): %n filas de {source} para «{kind}»</numerusform>
        </translation>
    </message>
    <message>
        <source>(numbers from column {column})</source>
        <translation>(números de la columna {column})</translation>
    </message>
    <message numerus="yes">
        <source>(%n with an opt-out option)</source>
        <translation>
            <numerusform>(%n con opción de baja)</numerusform>
            <numerusform>(%n con opción de baja)</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} wording v{version}</source>
        <translation>texto en {language} v{version}</translation>
    </message>
    <message>
        <source>form {serial}</source>
        <translation>formulario {serial}</translation>
    </message>
    <message>
        <source>voids event {event}: {reason}</source>
        <translation>anula el registro {event}: {reason}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <source>  [VOIDED by {event}: {reason}]</source>
        <translation>  [ANULADO por {event}: {reason}]</translation>
    </message>
    <message>
        <source>{action} {scope} ({method}), recorded by {who} on {when}</source>
        <translation>{action} {scope} ({method}), anotado por {who} el {when}</translation>
    </message>
    <message>
        <source>Set up {shop} ({country}) in {where}</source>
        <translation>Se configuró {shop} ({country}) en {where}</translation>
    </message>
    <message>
        <source>Opted in {who} to {scopes} ({method}; event {ids})</source>
        <translation>Alta de {who} en {scopes} ({method}; registro {ids})</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope} (event {event})</source>
        <translation>Baja de {phone} en {scope} (registro {event})</translation>
    </message>
    <message>
        <source>Voided event {voided} of {phone} (event {event})</source>
        <translation>Anulado el registro {voided} de {phone} (registro {event})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>  (not on file)</source>
        <translation>  (no está en la lista)</translation>
    </message>
    <message>
        <source>  erased on {day} at the person&apos;s request: blocked from every broadcast until they opt in again</source>
        <translation>  borrado el {day} a petición de la persona: bloqueado en todos los envíos masivos hasta que vuelva a darse de alta</translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation> desde {when}</translation>
    </message>
    <message>
        <source> [archived]</source>
        <translation> [archivado]</translation>
    </message>
    <message>
        <source>  no events on file</source>
        <translation>  no hay registros</translation>
    </message>
    <message>
        <source>         confirmation: {text}</source>
        <translation>         confirmación: {text}</translation>
    </message>
    <message>
        <source>broken: {finding}</source>
        <translation>roto: {finding}</translation>
    </message>
    <message>
        <source>altered: {problem}</source>
        <translation>alterado: {problem}</translation>
    </message>
    <message>
        <source>checked beside the chain: wordings {wordings}, scans {scans}, people whose consent state was refolded {people}</source>
        <translation>comprobado junto a la cadena: textos {wordings}, escaneos {scans}, personas cuyo estado de consentimiento se recalculó {people}</translation>
    </message>
    <message>
        <source>broken: {problem}</source>
        <translation>roto: {problem}</translation>
    </message>
    <message>
        <source>broken: event {event}: {problem}</source>
        <translation>roto: registro {event}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>broken: the earlier head {head} is not in the chain of %n event(s)</source>
        <translation>
            <numerusform>roto: la huella anterior {head} no está en la cadena de %n registro</numerusform>
            <numerusform>roto: la huella anterior {head} no está en la cadena de %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n event(s), head {head}</source>
        <translation>
            <numerusform>correcto: %n registro, huella {head}</numerusform>
            <numerusform>correcto: %n registros, huella {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the ledger&apos;s append-only guards are missing or off ({names}): the backup was made and checked, but the ledger could have been rewritten; run verify</source>
        <translation>aviso: faltan o están desactivadas las protecciones del libro de registros contra cambios ({names}): la copia se hizo y se comprobó, pero el libro podría haberse reescrito; ejecute verify</translation>
    </message>
    <message numerus="yes">
        <source>{source}: {kind}, %n message(s)</source>
        <translation>
            <numerusform>{source}: {kind}, %n mensaje</numerusform>
            <numerusform>{source}: {kind}, %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source> (already read)</source>
        <translation> (ya leído)</translation>
    </message>
    <message>
        <source>line {line}: not read: {problem}</source>
        <translation>línea {line}: sin leer: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not read</source>
        <translation>
            <numerusform>%n línea sin leer</numerusform>
            <numerusform>%n líneas sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incoming message(s) left aside</source>
        <translation>
            <numerusform>, %n mensaje entrante apartado</numerusform>
            <numerusform>, %n mensajes entrantes apartados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to keep: no message status could be read from this report.</source>
        <translation>Nada que guardar: no se pudo leer el estado de ningún mensaje en este informe.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing kept. Run again with --apply to keep %n outcome(s).</source>
        <translation>
            <numerusform>Prueba: no se guardó nada. Vuelva a ejecutarlo con --apply para guardar %n resultado.</numerusform>
            <numerusform>Prueba: no se guardó nada. Vuelva a ejecutarlo con --apply para guardar %n resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: this report was read before.</source>
        <translation>Nada nuevo: este informe ya se leyó.</translation>
    </message>
    <message>
        <source>Nothing new: this report was read before; nothing added.</source>
        <translation>Nada nuevo: este informe ya se leyó; no se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n outcome(s).</source>
        <translation>
            <numerusform>Se guardó %n resultado.</numerusform>
            <numerusform>Se guardaron %n resultados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted out of marketing (WhatsApp&apos;s stop button): %n.</source>
        <translation>
            <numerusform>Bajas de publicidad (botón de WhatsApp para detener mensajes): %n.</numerusform>
            <numerusform>Bajas de publicidad (botón de WhatsApp para detener mensajes): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers marked undeliverable: %n.</source>
        <translation>
            <numerusform>Números marcados como imposibles de entregar: %n.</numerusform>
            <numerusform>Números marcados como imposibles de entregar: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by WhatsApp: %n.</source>
        <translation>
            <numerusform>Retenidos por WhatsApp: %n.</numerusform>
            <numerusform>Retenidos por WhatsApp: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n suppressed (person, kind of message) row(s) to {file}</source>
        <translation>
            <numerusform>Se escribió %n fila de bajas (persona, tipo de mensaje) en {file}</numerusform>
            <numerusform>Se escribieron %n filas de bajas (persona, tipo de mensaje) en {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation>
            <numerusform>Se escribió %n registro en {file}</numerusform>
            <numerusform>Se escribieron %n registros en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only file, folder or medium): &apos;{command}&apos; needs to write; nothing was done</source>
        <translation>{where} no se puede escribir (archivo, carpeta o soporte de solo lectura): &apos;{command}&apos; necesita escribir; no se hizo nada</translation>
    </message>
    <message>
        <source>Note: {where} cannot be written; opened read-only</source>
        <translation>Nota: {where} no se puede escribir; se abrió en solo lectura</translation>
    </message>
    <message>
        <source>the output could not be written ({problem})</source>
        <translation>no se pudo escribir la salida ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n message(s) as sent</source>
        <translation>
            <numerusform>Se anotó %n mensaje como enviado</numerusform>
            <numerusform>Se anotaron %n mensajes como enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to {file} (head {head})</source>
        <translation>
            <numerusform>Copia de seguridad de %n registro en {file} (huella {head})</numerusform>
            <numerusform>Copia de seguridad de %n registros en {file} (huella {head})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had changed since the backup of {when} UTC (same ledger head and count, no other change counted): it was reused</source>
        <translation>Nada había cambiado desde la copia del {when} UTC (misma huella del libro y mismo número, ningún otro cambio): se reutilizó</translation>
    </message>
    <message>
        <source>Restoring {file}:</source>
        <translation>Restaurando {file}:</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run)</source>
        <translation>No se cambió nada (--dry-run)</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n other connection(s) to the records (--force)</source>
        <translation>
            <numerusform>Desconectando %n conexión más a los datos (--force)</numerusform>
            <numerusform>Desconectando %n conexiones más a los datos (--force)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n event(s).</source>
        <translation>
            <numerusform>Se restauró %n registro.</numerusform>
            <numerusform>Se restauraron %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n opt-out(s).</source>
        <translation>
            <numerusform>Se volvió a aplicar %n baja.</numerusform>
            <numerusform>Se volvieron a aplicar %n bajas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n erasure(s).</source>
        <translation>
            <numerusform>Se volvió a aplicar %n borrado.</numerusform>
            <numerusform>Se volvieron a aplicar %n borrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n event(s), head {head}.</source>
        <translation>
            <numerusform>Los datos contienen %n registro, huella {head}.</numerusform>
            <numerusform>Los datos contienen %n registros, huella {head}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced records are kept in {file}.</source>
        <translation>Los datos sustituidos se guardan en {file}.</translation>
    </message>
    <message>
        <source>The backup&apos;s consent table did not match its ledger (it was edited outside the program): every person&apos;s consent was worked out again from the ledger.</source>
        <translation>La tabla de consentimientos de la copia no coincidía con su libro de registros (se editó fuera del programa): el consentimiento de cada persona se ha vuelto a calcular a partir del libro de registros.</translation>
    </message>
    <message>
        <source>{number} was erased on {day}; the number stays blocked</source>
        <translation>{number} se borró el {day}; el número sigue bloqueado</translation>
    </message>
    <message numerus="yes">
        <source>Erased the name, number and %n scan(s).</source>
        <translation>
            <numerusform>Se borraron el nombre, el número y %n escaneo.</numerusform>
            <numerusform>Se borraron el nombre, el número y %n escaneos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (entry stays|entries stay) in the ledger, and the number stays blocked from broadcasts.</source>
        <translation>
            <numerusform>%n registro queda en el libro de registros, y el número sigue bloqueado para las difusiones.</numerusform>
            <numerusform>%n registros quedan en el libro de registros, y el número sigue bloqueado para las difusiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure is recorded, but wiping the freed space of the file failed ({problem}): free some disk space, then run &apos;optin-desk erase {number}&apos; again to wipe it</source>
        <translation>el borrado está anotado, pero no se pudo limpiar el espacio liberado del archivo ({problem}): libere espacio en el disco y vuelva a ejecutar &apos;optin-desk erase {number}&apos; para limpiarlo</translation>
    </message>
    <message>
        <source>the person is erased from the records, but the server keeps their old row versions while another connection has a transaction open (a computer reading the records): once it ends, run &apos;optin-desk erase {number}&apos; again</source>
        <translation>la persona está borrada de los datos, pero el servidor guarda sus versiones antiguas de las filas mientras otra conexión tenga una transacción abierta (un ordenador leyendo los datos): cuando termine, vuelva a ejecutar &apos;optin-desk erase {number}&apos;</translation>
    </message>
    <message>
        <source>the person is erased from the records, but still readable in the file until another program that has it open (an OptIn Desk window on this computer, or another process) closes it: close it, then run &apos;optin-desk erase {number}&apos; again (or add --wait SECONDS)</source>
        <translation>la persona está borrada de los datos, pero todavía se puede leer en el archivo hasta que lo cierre otro programa que lo tiene abierto (una ventana de OptIn Desk en este ordenador u otro proceso): ciérrelo y vuelva a ejecutar &apos;optin-desk erase {number}&apos; (o añada --wait SEGUNDOS)</translation>
    </message>
    <message>
        <source>The server&apos;s old row versions were vacuumed; its own write-ahead log and its backups keep them until they are recycled or deleted.</source>
        <translation>Se limpiaron las versiones antiguas de las filas en el servidor; su propio registro de escritura anticipada (WAL) y sus copias las conservan hasta que se reciclen o se eliminen.</translation>
    </message>
    <message>
        <source>Wiped the freed space of the file again</source>
        <translation>Se volvió a limpiar el espacio liberado del archivo</translation>
    </message>
    <message>
        <source>No backups of these records are known to this program.</source>
        <translation>Este programa no conoce ninguna copia de seguridad de estos datos.</translation>
    </message>
    <message>
        <source>  {path}: erased, checked</source>
        <translation>  {path}: borrado, comprobado</translation>
    </message>
    <message>
        <source>  {path}: erased, checked; the checkpoint beside it still holds (same ledger)</source>
        <translation>  {path}: borrado, comprobado; el punto de control de al lado sigue siendo válido (mismo libro de registros)</translation>
    </message>
    <message>
        <source>  {path}: the person is not in it</source>
        <translation>  {path}: la persona no está en ella</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): deleted</source>
        <translation>  {path}: no se pudo reescribir ({reason}): eliminada</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): it still holds {number}; delete it, or run again with --remove-unerasable</source>
        <translation>  {path}: no se pudo reescribir ({reason}): todavía contiene {number}; elimínela o vuelva a ejecutar con --remove-unerasable</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>PIN del propietario establecido</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>PIN del propietario eliminado</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n contact(s)</source>
        <translation>
            <numerusform>{done} de %n contacto</numerusform>
            <numerusform>{done} de %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>Se añadió %n contacto de demostración.</numerusform>
            <numerusform>Se añadieron %n contactos de demostración.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n event(s) in all.</source>
        <translation>
            <numerusform>Tienen %n registro en total.</numerusform>
            <numerusform>Tienen %n registros en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Aún no se ha impreso ningún formulario.</translation>
    </message>
    <message>
        <source>Note: not translated into {language}, printed in the shop&apos;s language: {kinds} (set them with &apos;category KEY --language {code}&apos;)</source>
        <translation>Nota: sin traducir al {language}, se imprimió en el idioma de la tienda: {kinds} (tradúzcalos con &apos;category CLAVE --language {code}&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</source>
        <translation>
            <numerusform>Se imprimió %n formulario en {language} (texto v{version}, {paper}) en {file}: números de serie {first} … {last}</numerusform>
            <numerusform>Se imprimieron %n formularios en {language} (texto v{version}, {paper}) en {file}: números de serie {first} … {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof of consent for {phone} (%n (entry|entries)) written to {file}; ledger head {head}</source>
        <translation>
            <numerusform>Prueba de consentimiento de {phone} (%n registro) escrita en {file}; huella del libro {head}</numerusform>
            <numerusform>Prueba de consentimiento de {phone} (%n registros) escrita en {file}; huella del libro {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Its JSON proof, for an auditor to check with verify-proof: {file}</source>
        <translation>Su prueba JSON, para que un auditor la compruebe con verify-proof: {file}</translation>
    </message>
    <message numerus="yes">
        <source>batch {batch}: {when} by {who}, %n form(s) in {language} (wording v{version}, {paper})</source>
        <translation>
            <numerusform>lote {batch}: {when} por {who}, %n formulario en {language} (texto v{version}, {paper})</numerusform>
            <numerusform>lote {batch}: {when} por {who}, %n formularios en {language} (texto v{version}, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>para {name}</translation>
    </message>
    <message>
        <source>{returned} returned, {outstanding} outstanding</source>
        <translation>{returned} devueltos, {outstanding} pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n fila:</numerusform>
            <numerusform>%n filas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add,</source>
        <translation>
            <numerusform>%n para añadir,</numerusform>
            <numerusform>%n para añadir,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (would undo an opt-out),</source>
        <translation>
            <numerusform>%n omitida (desharía una baja),</numerusform>
            <numerusform>%n omitidas (desharían una baja),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded,</source>
        <translation>
            <numerusform>%n ya anotada,</numerusform>
            <numerusform>%n ya anotadas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n no válida</numerusform>
            <numerusform>%n no válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (erased on request)</source>
        <translation>
            <numerusform>%n rechazada (borrada a petición)</numerusform>
            <numerusform>%n rechazadas (borradas a petición)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (paper form(s) without a serial)</source>
        <translation>
            <numerusform>%n rechazada (formulario en papel sin número de serie)</numerusform>
            <numerusform>%n rechazadas (formularios en papel sin número de serie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n event(s) and every other record to {where}</source>
        <translation>
            <numerusform>Se movió %n registro y todos los demás datos a {where}</numerusform>
            <numerusform>Se movieron %n registros y todos los demás datos a {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head on both sides: {head}</source>
        <translation>Huella del libro en ambos lados: {head}</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) copied to {folder}</source>
        <translation>
            <numerusform>%n escaneo copiado a {folder}</numerusform>
            <numerusform>%n escaneos copiados a {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every computer at it: optin-desk --db URL, or set OPTIN_DESK_DB=URL</source>
        <translation>Apunte todos los ordenadores allí: optin-desk --db URL, o defina OPTIN_DESK_DB=URL</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>omitida: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {who}: “{message}” → {verdict} ({why})</source>
        <translation>fila {row}: {who}: “{message}” → {verdict} ({why})</translation>
    </message>
    <message numerus="yes">
        <source>%n (reply|replies):</source>
        <translation>
            <numerusform>%n respuesta:</numerusform>
            <numerusform>%n respuestas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-out(s),</source>
        <translation>
            <numerusform>%n baja clara,</numerusform>
            <numerusform>%n bajas claras,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to decide,</source>
        <translation>
            <numerusform>%n para que decida una persona,</numerusform>
            <numerusform>%n para que decida una persona,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in request(s),</source>
        <translation>
            <numerusform>%n petición de alta,</numerusform>
            <numerusform>%n peticiones de alta,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the opt-outs.</source>
        <translation>Prueba: no se anotó nada. Vuelva a ejecutarlo con --apply para anotar las bajas.</translation>
    </message>
    <message>
        <source>No clear opt-outs to record.</source>
        <translation>No hay bajas claras que anotar.</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope}; confirmation to send:</source>
        <translation>Baja de {phone} en {scope}; confirmación para enviar:</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n opt-out(s).</source>
        <translation>
            <numerusform>Se anotó %n baja.</numerusform>
            <numerusform>Se anotaron %n bajas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their confirmations wait in the app&apos;s Opt-outs page until marked sent.</source>
        <translation>Sus confirmaciones esperan en la página Bajas de la aplicación hasta que se marquen como enviadas.</translation>
    </message>
    <message>
        <source>row {row}:</source>
        <translation>fila {row}:</translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the rows to add.</source>
        <translation>Prueba: no se anotó nada. Vuelva a ejecutarlo con --apply para anotar las filas que se añaden.</translation>
    </message>
    <message>
        <source>--apply refuses the file while a row is invalid: fix those rows, or add --skip-invalid to record the others.</source>
        <translation>--apply rechaza el archivo mientras haya una fila no válida: corrija esas filas o añada --skip-invalid para anotar las demás.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) (method: imported).</source>
        <translation>
            <numerusform>Se importó %n registro (método: importado).</numerusform>
            <numerusform>Se importaron %n registros (método: importado).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Wrote {file}:</source>
        <translation>Se escribió {file}:</translation>
    </message>
    <message numerus="yes">
        <source>%n broadcast(s),</source>
        <translation>
            <numerusform>%n difusión,</numerusform>
            <numerusform>%n difusiones,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n aviso.</numerusform>
            <numerusform>%n avisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the reading of {day}.</source>
        <translation>Se guardó la lectura del {day}.</translation>
    </message>
    <message>
        <source>That reading was already kept.</source>
        <translation>Esa lectura ya estaba guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n new reading(s).</source>
        <translation>
            <numerusform>Se guardó %n lectura nueva.</numerusform>
            <numerusform>Se guardaron %n lecturas nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>, limit {limit}</source>
        <translation>, límite {limit}</translation>
    </message>
    <message>
        <source>{sender} on {day}: quality {rating}, {status}{limit}</source>
        <translation>{sender} el {day}: calidad {rating}, {status}{limit}</translation>
    </message>
    <message>
        <source>broadcast {check} ({file}, {day}):</source>
        <translation>difusión {check} ({file}, {day}):</translation>
    </message>
    <message numerus="yes">
        <source>%n sent;</source>
        <translation>
            <numerusform>%n enviado;</numerusform>
            <numerusform>%n enviados;</numerusform>
        </translation>
    </message>
    <message>
        <source>no delivery report</source>
        <translation>sin informe de entrega</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) within 7 days</source>
        <translation>
            <numerusform>%n baja en 7 días</numerusform>
            <numerusform>%n bajas en 7 días</numerusform>
        </translation>
    </message>
    <message>
        <source>opted in by {method}:</source>
        <translation>forma de alta «{method}»:</translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people),</source>
        <translation>
            <numerusform>%n persona,</numerusform>
            <numerusform>%n personas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out since</source>
        <translation>
            <numerusform>%n se dio de baja después</numerusform>
            <numerusform>%n se dieron de baja después</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>aviso: {warning}</translation>
    </message>
    <message>
        <source>Wrote the records key ({id}) to {path}: carry it to the other computer, run &apos;optin-desk records-key --import FILE&apos; there, then delete the file</source>
        <translation>Se escribió la clave de los datos ({id}) en {path}: llévela al otro ordenador, ejecute allí &apos;optin-desk records-key --import FILE&apos; y después elimine el archivo</translation>
    </message>
    <message>
        <source>Kept the records key ({id}) in {path}</source>
        <translation>Clave de los datos ({id}) guardada en {path}</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (consulte &apos;{prog} --help&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Check {check}, kept {when} UTC: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Revisión {check}, guardada el {when} UTC: %n fila de {source} para {kind}</numerusform>
            <numerusform>Revisión {check}, guardada el {when} UTC: %n filas de {source} para {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as sent on {day}.</source>
        <translation>Registrada como enviada el {day}.</translation>
    </message>
    <message>
        <source>No check was kept yet.</source>
        <translation>Todavía no se guardó ninguna revisión.</translation>
    </message>
    <message numerus="yes">
        <source>{check}  {when} UTC  {file}  {kind}  %n row(s)</source>
        <translation>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n fila</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>enviada el {day}</translation>
    </message>
    <message>
        <source>{key} in {language}: {label} ({language} wording v{version})</source>
        <translation>{key} en {language}: {label} (texto en {language} v{version})</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argumento {argument}: {message}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>faltan argumentos obligatorios: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>se necesita uno de estos argumentos: {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opción ambigua: {option} puede ser {matches}</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>no se puede usar junto con {argument}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>no admite valor: {value}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>no es un número entero: {value}</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>valor no válido para {type}: {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>valor no válido: {value} (elija entre {choices})</translation>
    </message>
    <message>
        <source>unknown parser {command} (choices: {choices})</source>
        <translation>comando desconocido: {command} (opciones: {choices})</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>this computer&apos;s public signing key</source>
        <translation>la clave pública de firma de este ordenador</translation>
    </message>
    <message>
        <source>take a signed checkpoint of the ledger (kept away, it anchors it)</source>
        <translation>toma un punto de control firmado del libro de registros (guardado aparte, lo ancla)</translation>
    </message>
    <message>
        <source>also write it to this file or folder</source>
        <translation>escribirlo también en este archivo o carpeta</translation>
    </message>
    <message>
        <source>check a proof JSON on its own (no database needed)</source>
        <translation>comprueba una prueba JSON por sí sola (sin base de datos)</translation>
    </message>
    <message>
        <source>the shop&apos;s public key (base64) or its fingerprint</source>
        <translation>la clave pública de la tienda (base64) o su huella</translation>
    </message>
    <message>
        <source>the number printed for people to reach the shop</source>
        <translation>el número impreso para que la gente contacte con la tienda</translation>
    </message>
    <message>
        <source>an e-mail printed on forms</source>
        <translation>un correo electrónico impreso en los formularios</translation>
    </message>
    <message>
        <source>where the privacy notice is (a URL or a line)</source>
        <translation>dónde está el aviso de privacidad (una URL o una línea)</translation>
    </message>
    <message>
        <source>years the records are kept after a person opts out (default 3)</source>
        <translation>años que se guardan los datos después de que una persona se da de baja (por defecto 3)</translation>
    </message>
    <message>
        <source>where the records are kept (default: this computer, or the shop&apos;s server)</source>
        <translation>dónde se guardan los datos (por defecto: este ordenador, o el servidor de la tienda)</translation>
    </message>
    <message>
        <source>who else receives numbers and messages, separated by &apos;;&apos; (default: Meta Platforms, as the provider of WhatsApp)</source>
        <translation>quién más recibe números y mensajes, separados por &apos;;&apos; (por defecto: Meta Platforms, como proveedor de WhatsApp)</translation>
    </message>
    <message>
        <source>set a category&apos;s label and description in one language</source>
        <translation>fija el nombre y la descripción de un tipo de mensaje en un idioma</translation>
    </message>
    <message>
        <source>the category&apos;s key, e.g. offers</source>
        <translation>la clave del tipo de mensaje, p. ej. offers</translation>
    </message>
    <message>
        <source>its label</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>su descripción</translation>
    </message>
    <message>
        <source>erase a person&apos;s name, number and scans</source>
        <translation>borra el nombre, el número y los escaneos de una persona</translation>
    </message>
    <message>
        <source>how long to wait for other programs reading the records before saying who still holds them (default 10)</source>
        <translation>cuánto esperar a otros programas que leen los datos antes de decir quién los sigue teniendo abiertos (por defecto 10)</translation>
    </message>
    <message>
        <source>also erase the person from every backup this program knows of</source>
        <translation>borrar también a la persona de todas las copias de seguridad que conoce este programa</translation>
    </message>
    <message>
        <source>with --from-backups: delete a backup that cannot be rewritten (a server&apos;s dump, a damaged file) instead of keeping it</source>
        <translation>con --from-backups: eliminar la copia que no se pueda reescribir (volcado de un servidor, archivo dañado) en lugar de conservarla</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>who records it (default: the name this computer remembers, else your login)</source>
        <translation>quién lo registra (por defecto: el nombre que recuerda este ordenador, si no, su usuario)</translation>
    </message>
    <message>
        <source>the person&apos;s WhatsApp number, in any usual format</source>
        <translation>el número de WhatsApp de la persona, en cualquier formato habitual</translation>
    </message>
    <message>
        <source>print JSON instead of lines of text</source>
        <translation>muestra JSON en lugar de líneas de texto</translation>
    </message>
    <message>
        <source>the language of messages: {languages} (default: the system&apos;s)</source>
        <translation>el idioma de los mensajes: {languages} (por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>Keep the WhatsApp consent records of a small shop. Without a command, the desktop window opens.</source>
        <translation>Guarda los registros de consentimiento de WhatsApp de una tienda pequeña. Sin un comando, se abre la ventana del programa.</translation>
    </message>
    <message>
        <source>database file or URL (default: OPTIN_DESK_DB, else the user data folder)</source>
        <translation>archivo o URL de la base de datos (por defecto: OPTIN_DESK_DB, si no, la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>the owner PIN, for settings, erase, restore, backup, export, suppression and voiding an opt-out (or OPTIN_DESK_PIN)</source>
        <translation>el PIN del propietario, para ajustes, borrar, restaurar, copia de seguridad, exportar, lista de supresión y anular una baja (u OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>create the database and the business profile</source>
        <translation>crea la base de datos y el perfil de la tienda</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>el nombre de la tienda</translation>
    </message>
    <message>
        <source>default country, e.g. GB</source>
        <translation>país por defecto, p. ej. ES</translation>
    </message>
    <message>
        <source>a WhatsApp number</source>
        <translation>un número de WhatsApp</translation>
    </message>
    <message>
        <source>service or marketing</source>
        <translation>service o marketing</translation>
    </message>
    <message>
        <source>the shop&apos;s address, printed on forms</source>
        <translation>la dirección de la tienda, impresa en los formularios</translation>
    </message>
    <message>
        <source>default language of wordings</source>
        <translation>idioma por defecto de los textos</translation>
    </message>
    <message>
        <source>a staff name offered in &apos;Recorded by&apos;</source>
        <translation>un nombre del personal que se ofrece en «Registrado por»</translation>
    </message>
    <message>
        <source>record an opt-in</source>
        <translation>anota un consentimiento</translation>
    </message>
    <message>
        <source>a category key, marketing or all; repeat for more</source>
        <translation>una clave de tipo de mensaje, marketing o all; repítalo para más</translation>
    </message>
    <message>
        <source>how the person agreed</source>
        <translation>cómo dio su consentimiento la persona</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>el nombre de la persona</translation>
    </message>
    <message>
        <source>ISO date or date-time (default: now); a date alone is that day</source>
        <translation>fecha u hora ISO (por defecto: ahora); una fecha sola es ese día</translation>
    </message>
    <message>
        <source>serial of the signed paper form (a paper_form opt-in needs it)</source>
        <translation>número de serie del formulario en papel firmado (un alta paper_form lo necesita)</translation>
    </message>
    <message>
        <source>the form was printed elsewhere: keep its serial as typed, with a note</source>
        <translation>el formulario se imprimió en otro sitio: guardar su número de serie tal como se escribió, con una nota</translation>
    </message>
    <message>
        <source>scan of the signed form</source>
        <translation>escaneo del formulario firmado</translation>
    </message>
    <message>
        <source>a note kept with the record</source>
        <translation>una nota que se guarda con el registro</translation>
    </message>
    <message>
        <source>language of the wording shown</source>
        <translation>idioma del texto mostrado</translation>
    </message>
    <message>
        <source>record though the clock is behind the last record (the clock was checked)</source>
        <translation>anotar aunque el reloj vaya por detrás del último registro (el reloj se ha comprobado)</translation>
    </message>
    <message>
        <source>the number was erased on request: this is the person&apos;s own new consent</source>
        <translation>el número se borró a petición: este es un nuevo consentimiento de la propia persona</translation>
    </message>
    <message>
        <source>record an opt-out; prints the confirmation</source>
        <translation>anota una baja; muestra la confirmación</translation>
    </message>
    <message>
        <source>what stops: one category, all marketing, or everything</source>
        <translation>qué se detiene: un tipo de mensaje, todo el marketing o todo</translation>
    </message>
    <message>
        <source>how the opt-out came</source>
        <translation>cómo llegó la baja</translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation>las palabras del propio cliente</translation>
    </message>
    <message>
        <source>why, if the person said</source>
        <translation>por qué, si la persona lo dijo</translation>
    </message>
    <message>
        <source>language of the confirmation</source>
        <translation>idioma de la confirmación</translation>
    </message>
    <message>
        <source>when the confirmation went out (else: pending)</source>
        <translation>cuándo se envió la confirmación (si no: pendiente)</translation>
    </message>
    <message>
        <source>void a mistaken event, with a reason</source>
        <translation>anula un registro erróneo, con un motivo</translation>
    </message>
    <message>
        <source>the number of the event, as history shows it</source>
        <translation>el número del registro, como lo muestra history</translation>
    </message>
    <message>
        <source>why the event was a mistake (kept)</source>
        <translation>por qué el registro era un error (se guarda)</translation>
    </message>
    <message>
        <source>current consent of a number</source>
        <translation>el consentimiento actual de un número</translation>
    </message>
    <message>
        <source>every event of a number, oldest first</source>
        <translation>todos los registros de un número, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>recompute the ledger&apos;s hash chain</source>
        <translation>recalcula la cadena de hashes del libro de registros</translation>
    </message>
    <message>
        <source>an earlier head that must be in the chain</source>
        <translation>una huella anterior que debe estar en la cadena</translation>
    </message>
    <message>
        <source>a checkpoint file, or a folder (a backup stick) searched for them: each must be in the ledger</source>
        <translation>un archivo de punto de control, o una carpeta (una memoria de copias) donde buscarlos: cada uno debe estar en el libro de registros</translation>
    </message>
    <message>
        <source>every finding, as JSON</source>
        <translation>cada hallazgo, en JSON</translation>
    </message>
    <message>
        <source>every event to a CSV file</source>
        <translation>todos los registros a un archivo CSV</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>el archivo CSV que se escribe</translation>
    </message>
    <message>
        <source>check a recipient list before a broadcast</source>
        <translation>comprueba una lista de destinatarios antes de una difusión</translation>
    </message>
    <message>
        <source>CSV, text, .xlsx or .vcf; - reads stdin</source>
        <translation>CSV, texto, .xlsx o .vcf; - lee la entrada estándar</translation>
    </message>
    <message>
        <source>the kind of message to be sent</source>
        <translation>el tipo de mensaje que se va a enviar</translation>
    </message>
    <message>
        <source>the column holding the numbers</source>
        <translation>la columna con los números</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation>la hoja de un libro de Excel</translation>
    </message>
    <message>
        <source>every row with its verdict</source>
        <translation>cada fila con su veredicto</translation>
    </message>
    <message>
        <source>the rows that may be sent to</source>
        <translation>las filas a las que se puede enviar</translation>
    </message>
    <message>
        <source>record send rows as messaged</source>
        <translation>anotar las filas «send» como enviadas</translation>
    </message>
    <message>
        <source>with --record-sent: when it went out (default: now)</source>
        <translation>con --record-sent: cuándo se envió (por defecto: ahora)</translation>
    </message>
    <message>
        <source>copy the records to a file or folder</source>
        <translation>copia los datos a un archivo o carpeta</translation>
    </message>
    <message>
        <source>a file, or a folder (a USB stick)</source>
        <translation>un archivo o una carpeta (una memoria USB)</translation>
    </message>
    <message>
        <source>replace the records with a backup</source>
        <translation>sustituye los datos por una copia de seguridad</translation>
    </message>
    <message>
        <source>the backup file to restore from</source>
        <translation>el archivo de copia de seguridad que se restaura</translation>
    </message>
    <message>
        <source>only list what would be lost and re-applied</source>
        <translation>solo enumerar lo que se perdería y se volvería a aplicar</translation>
    </message>
    <message>
        <source>replace the records even with a backup that is not a copy of them (owner PIN)</source>
        <translation>sustituir los datos incluso por una copia que no es de ellos (PIN del propietario)</translation>
    </message>
    <message>
        <source>on a server: disconnect other computers&apos; open connections to swap the restore in</source>
        <translation>en un servidor: cortar las conexiones abiertas de otros ordenadores para poner la copia restaurada</translation>
    </message>
    <message>
        <source>set, change (with --pin) or remove (&apos;&apos;) the owner PIN</source>
        <translation>fija, cambia (con --pin) o quita (&apos;&apos;) el PIN del propietario</translation>
    </message>
    <message>
        <source>the new PIN, or &apos;&apos; to remove it</source>
        <translation>el PIN nuevo, o &apos;&apos; para quitarlo</translation>
    </message>
    <message>
        <source>everyone opted out of something, to a CSV file</source>
        <translation>todas las personas dadas de baja de algo, a un archivo CSV</translation>
    </message>
    <message>
        <source>print serialised consent forms to a PDF</source>
        <translation>imprime formularios de consentimiento numerados en un PDF</translation>
    </message>
    <message>
        <source>how many forms</source>
        <translation>cuántos formularios</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <source>en, es, pt, fr, de, id, hi or ar</source>
        <translation>en, es, pt, fr, de, id, hi o ar</translation>
    </message>
    <message>
        <source>default: from the country</source>
        <translation>por defecto: según el país</translation>
    </message>
    <message>
        <source>pre-filled, one form</source>
        <translation>un solo formulario, ya rellenado</translation>
    </message>
    <message>
        <source>list printed batches instead</source>
        <translation>en su lugar, enumerar los lotes impresos</translation>
    </message>
    <message>
        <source>proof of consent for a number (PDF or JSON)</source>
        <translation>prueba del consentimiento de un número (PDF o JSON)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .json</source>
        <translation>el archivo que se escribe: .pdf o .json</translation>
    </message>
    <message>
        <source>read a batch of customer replies; --apply records the clear opt-outs</source>
        <translation>lee un lote de respuestas de clientes; --apply anota las bajas claras</translation>
    </message>
    <message>
        <source>CSV, text or .xlsx: number and message</source>
        <translation>CSV, texto o .xlsx: número y mensaje</translation>
    </message>
    <message>
        <source>record the clear opt-outs</source>
        <translation>anotar las bajas claras</translation>
    </message>
    <message>
        <source>consent records from another tool (a dry run unless --apply)</source>
        <translation>registros de consentimiento de otra herramienta (solo prueba salvo con --apply)</translation>
    </message>
    <message>
        <source>CSV or .xlsx: number, scope, action, date</source>
        <translation>CSV o .xlsx: número, ámbito, acción, fecha</translation>
    </message>
    <message>
        <source>record the rows to add</source>
        <translation>anotar las filas que se añaden</translation>
    </message>
    <message>
        <source>with --apply: record the valid rows only</source>
        <translation>con --apply: anotar solo las filas válidas</translation>
    </message>
    <message>
        <source>read a delivery report (a dry run unless --apply)</source>
        <translation>lee un informe de entrega (solo prueba salvo con --apply)</translation>
    </message>
    <message>
        <source>CSV, .xlsx or webhook JSON lines</source>
        <translation>CSV, .xlsx o líneas JSON de un webhook</translation>
    </message>
    <message>
        <source>keep it and act on its errors</source>
        <translation>guardarlo y actuar según sus errores</translation>
    </message>
    <message>
        <source>fill the database with realistic demo records</source>
        <translation>llena la base de datos con registros de demostración realistas</translation>
    </message>
    <message>
        <source>how many people (default 500)</source>
        <translation>cuántas personas (por defecto 500)</translation>
    </message>
    <message>
        <source>copy the records into an empty PostgreSQL db</source>
        <translation>copia los datos a una base de datos PostgreSQL vacía</translation>
    </message>
    <message>
        <source>render every page of the window to PNG</source>
        <translation>dibuja cada página de la ventana en PNG</translation>
    </message>
    <message>
        <source>the folder for the pictures</source>
        <translation>la carpeta para las imágenes</translation>
    </message>
    <message>
        <source>the window&apos;s language, e.g. es or ar</source>
        <translation>el idioma de la ventana, p. ej. es o ar</translation>
    </message>
    <message>
        <source>the quality log, what came of each broadcast, and warnings</source>
        <translation>el registro de calidad, el resultado de cada difusión y los avisos</translation>
    </message>
    <message>
        <source>messaging limit shown</source>
        <translation>límite de mensajes mostrado</translation>
    </message>
    <message>
        <source>the day it was read (today)</source>
        <translation>el día en que se leyó (hoy)</translation>
    </message>
    <message>
        <source>a one-page PDF report for the owner</source>
        <translation>un informe PDF de una página para el propietario</translation>
    </message>
    <message>
        <source>carry the records key (kept outside the database) to another computer</source>
        <translation>lleva la clave de los datos (guardada fuera de la base de datos) a otro ordenador</translation>
    </message>
    <message>
        <source>write this computer&apos;s key to FILE</source>
        <translation>escribir la clave de este ordenador en FILE</translation>
    </message>
    <message>
        <source>keep the key read from FILE</source>
        <translation>guardar la clave leída de FILE</translation>
    </message>
    <message>
        <source>the checks kept; with a number, that check&apos;s rows written out again</source>
        <translation>las revisiones guardadas; con un número, las filas de esa revisión escritas de nuevo</translation>
    </message>
    <message>
        <source>the number of a kept check</source>
        <translation>el número de una revisión guardada</translation>
    </message>
    <message>
        <source>every row with its verdict, as it was judged</source>
        <translation>cada fila con su resultado, tal como se juzgó</translation>
    </message>
    <message>
        <source>the rows that were found fit to be sent to</source>
        <translation>las filas a las que se podía enviar</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>paper form</source>
        <translation>formulario en papel</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>llamada telefónica</translation>
    </message>
    <message>
        <source>phone menu (IVR)</source>
        <translation>menú telefónico (IVR)</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>in a WhatsApp chat</source>
        <translation>en un chat de WhatsApp</translation>
    </message>
    <message>
        <source>at the till</source>
        <translation>en la caja</translation>
    </message>
    <message>
        <source>sign-up form</source>
        <translation>formulario de registro</translation>
    </message>
    <message>
        <source>click-to-WhatsApp ad</source>
        <translation>anuncio de clic a WhatsApp</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>respuesta de WhatsApp</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>botón de WhatsApp para detener mensajes</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>de alta</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>de baja</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>sin consentimiento</translation>
    </message>
    <message>
        <source>opt-in</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulación</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>publicidad</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>todos los mensajes</translation>
    </message>
    <message>
        <source>all marketing messages</source>
        <translation>todos los mensajes de publicidad</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Número no válido</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Repetido</translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation>Demasiado pronto</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restringido</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonesio</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n entregado</numerusform>
            <numerusform>%n entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n leído</numerusform>
            <numerusform>%n leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
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
        <translation>para añadir</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>ya anotada</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>opt-in request (staff confirm in the app)</source>
        <translation>petición de alta (el personal la confirma en la aplicación)</translation>
    </message>
    <message>
        <source>a person decides</source>
        <translation>decide una persona</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>nada que anotar</translation>
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
        <translation>un alta en formulario en papel indica su formulario: dé con --serial el número de serie impreso arriba en el formulario (un formulario impreso en otro sitio: el número que lleva, con --other-print-run)</translation>
    </message>
    <message>
        <source>--sent-at goes with --record-sent</source>
        <translation>--sent-at va junto con --record-sent</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>no se puede leer {file}: {problem}</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not consent records</source>
        <translation>{name} contiene tarjetas de contacto, no registros de consentimiento</translation>
    </message>
    <message>
        <source>--contacts must be between 1 and 1000000</source>
        <translation>--contacts debe estar entre 1 y 1000000</translation>
    </message>
    <message>
        <source>demo needs --db: demo records go into a database of their own, never the default one</source>
        <translation>demo necesita --db: los datos de demostración van en una base de datos propia, nunca en la predeterminada</translation>
    </message>
    <message>
        <source>cannot create {folder}: {problem}</source>
        <translation>no se puede crear {folder}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>these records hold %n (person who is not a demo record|people who are not demo records): demo data goes into a database of its own (--db demo.sqlite3)</source>
        <translation>
            <numerusform>estos datos contienen %n persona que no es de demostración: los datos de demostración van en una base de datos propia (--db demo.sqlite3)</numerusform>
            <numerusform>estos datos contienen %n personas que no son de demostración: los datos de demostración van en una base de datos propia (--db demo.sqlite3)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the category by its key</source>
        <translation>indique el tipo de mensaje por su clave</translation>
    </message>
    <message>
        <source>say where to write the forms: --out FILE.pdf</source>
        <translation>indique dónde escribir los formularios: --out ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>the forms are a PDF: name the file FILE.pdf</source>
        <translation>los formularios son un PDF: llame al archivo ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>move-to moves a shop&apos;s SQLite file: give it with --db FILE</source>
        <translation>move-to mueve el archivo SQLite de una tienda: indíquelo con --db ARCHIVO</translation>
    </message>
    <message>
        <source>--out {out!r}: the report is a PDF; name it FILE.pdf</source>
        <translation>--out {out!r}: el informe es un PDF; llámelo ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>la carpeta {parent} no existe</translation>
    </message>
    <message>
        <source>quality add needs the sender number and --rating</source>
        <translation>quality add necesita el número remitente y --rating</translation>
    </message>
    <message>
        <source>--on {on!r} is not a date (YYYY-MM-DD)</source>
        <translation>--on {on!r} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>quality import needs a CSV or .xlsx file</source>
        <translation>quality import necesita un archivo CSV o .xlsx</translation>
    </message>
    <message>
        <source>{name} holds more than {megabytes}: a list can be at most that big; split it into smaller lists</source>
        <translation>{name} ocupa más de {megabytes}: una lista no puede ser más grande; divídala en listas más pequeñas</translation>
    </message>
    <message>
        <source>{name} is not a text list, a spreadsheet or a vCard file (it holds NUL bytes)</source>
        <translation>{name} no es una lista de texto, una hoja de cálculo ni un archivo vCard (contiene bytes NUL)</translation>
    </message>
    <message>
        <source>a line of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>una línea de {name} ocupa más de {kilobytes} KiB: esto no es una lista de personas</translation>
    </message>
    <message>
        <source>line {line} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>la línea {line} de {name} tiene más de {most} columnas: esto no es una lista de personas</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: split it into smaller lists</source>
        <translation>{name} tiene más de {most:,} filas: divídala en listas más pequeñas</translation>
    </message>
    <message>
        <source>a cell near line {line} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>una celda cerca de la línea {line} de {name} ocupa más de {kilobytes} KiB: esto no es una lista de personas</translation>
    </message>
    <message>
        <source>line {line} of {name} cannot be read: {error}</source>
        <translation>la línea {line} de {name} no se puede leer: {error}</translation>
    </message>
    <message>
        <source>no column of phone numbers was found: name it with --column (the columns are: {headers})</source>
        <translation>no se encontró ninguna columna de números de teléfono: indíquela con --column (las columnas son: {headers})</translation>
    </message>
    <message>
        <source>there is no column {column!r}; the columns are: {known}</source>
        <translation>no hay ninguna columna {column!r}; las columnas son: {known}</translation>
    </message>
    <message>
        <source>there is no column {name_column!r}</source>
        <translation>no hay ninguna columna {name_column!r}</translation>
    </message>
    <message>
        <source>{source} has no status column (sent, delivered, read, failed); the columns are: {columns}</source>
        <translation>{source} no tiene columna de estado (sent, delivered, read, failed); las columnas son: {columns}</translation>
    </message>
    <message>
        <source>dates read day first</source>
        <translation>fechas leídas con el día primero</translation>
    </message>
    <message>
        <source>dates read month first</source>
        <translation>fechas leídas con el mes primero</translation>
    </message>
    <message>
        <source>status {status!r} is not one of sent, delivered, read, failed</source>
        <translation>el estado {status!r} no es ninguno de sent, delivered, read, failed</translation>
    </message>
    <message>
        <source>the time {time!r} cannot be read</source>
        <translation>no se puede leer la hora {time!r}</translation>
    </message>
    <message>
        <source>no error code column: a failed message&apos;s reason cannot be read, so a person who stopped marketing messages (131050) is not recognised; the columns are: {columns}</source>
        <translation>no hay columna de código de error: no se puede leer el motivo de un mensaje fallido, así que no se reconoce a quien detuvo los mensajes de marketing (131050); las columnas son: {columns}</translation>
    </message>
    <message>
        <source>this line is not JSON</source>
        <translation>esta línea no es JSON</translation>
    </message>
    <message>
        <source>status {status!r} is not known</source>
        <translation>el estado {status!r} no se conoce</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB: split it</source>
        <translation>{name} ocupa más de {megabytes} MB: divídalo</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>{name} no se puede leer: {problem}</translation>
    </message>
    <message>
        <source>webhook JSON lines</source>
        <translation>líneas JSON de webhook</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not a delivery report</source>
        <translation>{name} contiene tarjetas de contacto, no un informe de entregas</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>libro de Excel</translation>
    </message>
    <message>
        <source>CSV ({encoding})</source>
        <translation>CSV ({encoding})</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>texto CSV</translation>
    </message>
    <message>
        <source>the consent statement with this many kinds of messages does not fit on one page; archive some kinds of messages, or shorten their descriptions</source>
        <translation>la declaración de consentimiento con tantos tipos de mensaje no cabe en una página; archive algunos tipos de mensaje o acorte sus descripciones</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the list file in it</source>
        <translation>{path} es una carpeta: elija el archivo de la lista que contiene</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder</source>
        <translation>{path} no existe; revise el nombre y la carpeta</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a list can be at most {most} MB: split it into smaller lists</source>
        <translation>{name} ocupa {megabytes:.0f} MB; una lista puede ocupar como mucho {most} MB: divídala en listas más pequeñas</translation>
    </message>
    <message>
        <source>{name} is a zip file (an Excel workbook?): give it as a file, by its name</source>
        <translation>{name} es un archivo zip (¿un libro de Excel?): indíquelo como archivo, por su nombre</translation>
    </message>
    <message>
        <source>no line starts with a phone number: these are not replies; give lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>ninguna línea empieza por un número de teléfono: esto no son respuestas; dé líneas como &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>there are no replies: paste lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>no hay respuestas: pegue líneas como &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not replies</source>
        <translation>{name} contiene tarjetas de contacto, no respuestas</translation>
    </message>
    <message>
        <source>{name} needs a phone column and a message column</source>
        <translation>{name} necesita una columna de teléfono y una columna de mensaje</translation>
    </message>
    <message>
        <source>a vCard line is longer than {kilobytes} KiB: not a contact</source>
        <translation>una línea vCard ocupa más de {kilobytes} KiB: no es un contacto</translation>
    </message>
    <message>
        <source>{source} has more than {most:,} numbers: split it</source>
        <translation>{source} tiene más de {most:,} números: divídalo</translation>
    </message>
    <message>
        <source>{source} holds no vCard (BEGIN:VCARD)</source>
        <translation>{source} no contiene ninguna vCard (BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook: {error}</source>
        <translation>{name} no se pudo leer como libro de Excel: {error}</translation>
    </message>
    <message>
        <source>{name} has {count:,} parts: it is not an Excel list</source>
        <translation>{name} tiene {count:,} partes: no es una lista de Excel</translation>
    </message>
    <message>
        <source>{name} would unpack to {megabytes:,} MB or more ({filename}: {part_megabytes:,} MB, {ratio:.0f} times its packed size), more than any list of people needs: it may be a zip bomb</source>
        <translation>{name} ocuparía {megabytes:,} MB o más al descomprimirse ({filename}: {part_megabytes:,} MB, {ratio:.0f} veces su tamaño comprimido), más de lo que necesita cualquier lista de personas: puede ser una bomba zip</translation>
    </message>
    <message>
        <source>there is no sheet {sheet!r}; the sheets are: {sheets}</source>
        <translation>no hay ninguna hoja {sheet!r}; las hojas son: {sheets}</translation>
    </message>
    <message>
        <source>{name} holds formulas whose values were never saved (the program that wrote it does not calculate them): open it in Excel or LibreOffice, save it, and try again</source>
        <translation>{name} tiene fórmulas cuyos valores nunca se guardaron (el programa que lo escribió no las calcula): ábralo en Excel o LibreOffice, guárdelo y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>a row of the sheet has more cells than Excel allows</source>
        <translation>una fila de la hoja tiene más celdas de las que permite Excel</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: not an Excel list</source>
        <translation>{name} tiene más de {most:,} filas: no es una lista de Excel</translation>
    </message>
    <message>
        <source>row {number} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>la fila {number} de {name} tiene más de {most} columnas: esto no es una lista de personas</translation>
    </message>
    <message>
        <source>a cell in row {number} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>una celda de la fila {number} de {name} ocupa más de {kilobytes} KiB: esto no es una lista de personas</translation>
    </message>
    <message>
        <source>event payload lacks {missing}</source>
        <translation>al contenido del registro le falta {missing}</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form (a form printed elsewhere: the number it carries, marked as from another print run)</source>
        <translation>un alta en formulario en papel indica su formulario: dé el número de serie impreso arriba en el formulario (un formulario impreso en otro sitio: el número que lleva, marcado como de otra impresión)</translation>
    </message>
    <message>
        <source>category {spec!r} must be written KEY=LABEL:KIND, e.g. offers=Offers:marketing</source>
        <translation>el tipo de mensaje {spec!r} se escribe CLAVE=NOMBRE:TIPO, p. ej. offers=Ofertas:marketing</translation>
    </message>
    <message>
        <source>category kind {kind!r} must be &apos;service&apos; or &apos;marketing&apos;</source>
        <translation>el tipo {kind!r} debe ser &apos;service&apos; o &apos;marketing&apos;</translation>
    </message>
    <message>
        <source>unknown scope {scope!r}: use one of {known}</source>
        <translation>tipo de mensaje desconocido {scope!r}: use uno de {known}</translation>
    </message>
    <message>
        <source>unknown country code {region!r}: use two letters such as GB, ES, IN</source>
        <translation>código de país desconocido {region!r}: use dos letras, como GB, ES, IN</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <source>a spreadsheet turned this number into a rounded one (like 6.44E+08) and its last digits are lost: make the column text in the spreadsheet and type or export the numbers again</source>
        <translation>una hoja de cálculo convirtió este número en uno redondeado (como 6,44E+08) y sus últimas cifras se perdieron: ponga la columna como texto en la hoja de cálculo y vuelva a escribir o exportar los números</translation>
    </message>
    <message>
        <source>too long for {country}</source>
        <translation>demasiado largo para {country}</translation>
    </message>
    <message>
        <source>local number without area code for {country}</source>
        <translation>número local sin prefijo de zona para {country}</translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation>no es un número válido para {country}</translation>
    </message>
    <message>
        <source>too short for {country}</source>
        <translation>demasiado corto para {country}</translation>
    </message>
    <message>
        <source>unknown country code +{code}</source>
        <translation>prefijo de país desconocido +{code}</translation>
    </message>
    <message>
        <source>too short for a phone number</source>
        <translation>demasiado corto para un número de teléfono</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>demasiado largo para ser un número de teléfono</translation>
    </message>
    <message>
        <source>a serial number must fit in eight base32 symbols</source>
        <translation>un número de serie debe caber en ocho símbolos base32</translation>
    </message>
    <message>
        <source>no date given: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>no se indicó ninguna fecha: escríbala como 2026-10-03 o 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>{text!r} no es una fecha: escríbala como 2026-10-03 o 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is in the future; consent cannot be dated ahead</source>
        <translation>{text!r} está en el futuro; un consentimiento no puede tener fecha adelantada</translation>
    </message>
    <message>
        <source>the date is in the future; consent cannot be dated ahead</source>
        <translation>la fecha está en el futuro; un consentimiento no puede tener fecha adelantada</translation>
    </message>
    <message>
        <source>the template has an unknown or broken placeholder: {error}</source>
        <translation>la plantilla tiene un marcador desconocido o roto: {error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file: choose the file in it</source>
        <translation>{path} es una carpeta, no un archivo de copia de seguridad: elija el archivo que contiene</translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe or a device?): give the backup file</source>
        <translation>{path} no es un archivo (¿una tubería o un dispositivo?): indique el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>{name} is damaged or not an OptIn Desk backup ({reason})</source>
        <translation>{name} está dañado o no es una copia de seguridad de OptIn Desk ({reason})</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{name} is not an OptIn Desk database (not even SQLite)</source>
        <translation>{name} no es una base de datos de OptIn Desk (ni siquiera SQLite)</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an OptIn Desk database</source>
        <translation>{name} es un archivo SQLite pero no una base de datos de OptIn Desk</translation>
    </message>
    <message>
        <source>{name} cannot be read as a database: {error}</source>
        <translation>{name} no se puede leer como base de datos: {error}</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {problem})</source>
        <translation>{name} está dañado (comprobación de integridad: {problem})</translation>
    </message>
    <message>
        <source>{name} could not be read by this version: {error}</source>
        <translation>esta versión no pudo leer {name}: {error}</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}</source>
        <translation>{name} no supera la comprobación del libro de registros en el registro {broken_event_id}: {problem}</translation>
    </message>
    <message>
        <source>this database is on a server: back it up with the server&apos;s own tools (pg_dump)</source>
        <translation>esta base de datos está en un servidor: haga la copia con las herramientas del propio servidor (pg_dump)</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; plug in the stick or create it</source>
        <translation>la carpeta {parent} no existe; conecte la memoria USB o créela</translation>
    </message>
    <message>
        <source>the backup could not be made ({reason}); nothing was kept</source>
        <translation>no se pudo hacer la copia de seguridad ({reason}); no se guardó nada</translation>
    </message>
    <message>
        <source>a backup cannot overwrite the records it copies</source>
        <translation>una copia de seguridad no puede sobrescribir los datos que copia</translation>
    </message>
    <message>
        <source>the backup could not be written to {target}: {error}</source>
        <translation>no se pudo escribir la copia de seguridad en {target}: {error}</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; first</source>
        <translation>aún no hay perfil de la tienda: ejecute primero &apos;optin-desk init&apos;</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 3650</source>
        <translation>{setting} debe estar entre 1 y 3650</translation>
    </message>
    <message>
        <source>unknown category {key!r}: check against one of {active}</source>
        <translation>tipo de mensaje desconocido {key!r}: compare con uno de {active}</translation>
    </message>
    <message>
        <source>there is no check {check_id}</source>
        <translation>no existe la revisión {check_id}</translation>
    </message>
    <message>
        <source>check {check_id} was already recorded as sent on {day}</source>
        <translation>la revisión {check_id} ya se anotó como enviada el {day}</translation>
    </message>
    <message>
        <source>the sending time is in the future</source>
        <translation>la hora de envío está en el futuro</translation>
    </message>
    <message>
        <source>the rows kept with check {check_id} cannot be read: they were changed outside OptIn Desk or damaged (run verify)</source>
        <translation>las filas guardadas con la revisión {check_id} no se pueden leer: se cambiaron fuera de OptIn Desk o están dañadas (ejecute verify)</translation>
    </message>
    <message>
        <source>could not write {path}: {problem}</source>
        <translation>no se pudo escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>the folder of {target} does not exist</source>
        <translation>la carpeta de {target} no existe</translation>
    </message>
    <message>
        <source>these records cannot be written: the sends cannot be recorded</source>
        <translation>estos datos no se pueden escribir: no se pueden anotar los envíos</translation>
    </message>
    <message>
        <source>unknown {what} method {value!r}: use one of {names}</source>
        <translation>método de {what} desconocido {value!r}: use uno de {names}</translation>
    </message>
    <message>
        <source>the {what} holds a NUL character (\0), which cannot be stored</source>
        <translation>{what} contiene un carácter NUL (\0), que no se puede guardar</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters; shorten it</source>
        <translation>{what} tiene más de {limit} caracteres; acórtelo</translation>
    </message>
    <message>
        <source>the computer&apos;s clock says {now}, but the last record was made at {last}</source>
        <translation>el reloj del ordenador marca {now}, pero el último registro se hizo a las {last}</translation>
    </message>
    <message>
        <source>choose at least one category (scope) the person agreed to</source>
        <translation>elija al menos un tipo de mensaje (ámbito) que la persona aceptó</translation>
    </message>
    <message>
        <source>{behind}: set the clock right; if it is right, an earlier record was made with a wrong clock: confirm the clock to record</source>
        <translation>{behind}: ponga el reloj en hora; si está bien, un registro anterior se hizo con el reloj mal: confirme el reloj para anotar</translation>
    </message>
    <message>
        <source>{behind}; recorded as confirmed</source>
        <translation>{behind}; anotado como confirmado</translation>
    </message>
    <message>
        <source>this lifts the erasure on request of {day}</source>
        <translation>esto levanta el borrado a petición del {day}</translation>
    </message>
    <message>
        <source>they stay opted out of {kinds}: an opt-out given after this consent, or recorded after it, holds</source>
        <translation>sigue de baja en {kinds}: vale una baja dada después de este consentimiento, o anotada después</translation>
    </message>
    <message>
        <source>the confirmation template is broken: {error}</source>
        <translation>la plantilla de confirmación está rota: {error}</translation>
    </message>
    <message>
        <source>they were already opted out of this: recorded again, nothing changed</source>
        <translation>ya estaba de baja en esto: se anotó de nuevo, no cambió nada</translation>
    </message>
    <message>
        <source>{behind}: the opt-out holds all the same; set the clock right</source>
        <translation>{behind}: la baja vale igualmente; ponga el reloj en hora</translation>
    </message>
    <message>
        <source>{written!r} is not a usable WhatsApp number: {reason}</source>
        <translation>{written!r} no es un número de WhatsApp utilizable: {reason}</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters; shorten it</source>
        <translation>el nombre tiene más de {most} caracteres; acórtelo</translation>
    </message>
    <message>
        <source>cannot read {name}: {problem}</source>
        <translation>no se puede leer {name}: {problem}</translation>
    </message>
    <message>
        <source>check {check} ({file}), sent {day}</source>
        <translation>revisión {check} ({file}), enviada el {day}</translation>
    </message>
    <message>
        <source>no recorded send</source>
        <translation>ningún envío anotado</translation>
    </message>
    <message>
        <source>already opted out of marketing</source>
        <translation>ya se dio de baja de publicidad</translation>
    </message>
    <message>
        <source>opt out of marketing (WhatsApp&apos;s stop button)</source>
        <translation>darse de baja de publicidad (botón de WhatsApp para detener mensajes)</translation>
    </message>
    <message>
        <source>the list check will warn about this number</source>
        <translation>la revisión de listas avisará de este número</translation>
    </message>
    <message>
        <source>counts toward the marketing cap</source>
        <translation>cuenta para el tope de publicidad</translation>
    </message>
    <message>
        <source>{source} was read before the records were keyed: read it again</source>
        <translation>{source} se leyó antes de que los datos tuvieran clave: vuelva a leerlo</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: a consent dated {day_text}, before the erasure, cannot bring the person back</source>
        <translation>este número se borró a petición el {day}: un consentimiento con fecha {day_text}, anterior al borrado, no puede devolver a la persona</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: only the person&apos;s own new consent (in person, on paper or in their own message: {allowed}) can lift that, not {value}</source>
        <translation>este número se borró a petición el {day}: solo un nuevo consentimiento de la propia persona (en persona, en papel o en su propio mensaje: {allowed}) puede levantarlo, no {value}</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: record a new opt-in only with the person&apos;s own new consent, and confirm that it lifts the erasure (--lift-erasure)</source>
        <translation>este número se borró a petición el {day}: anote una nueva alta solo con un nuevo consentimiento de la propia persona y confirme que levanta el borrado (--lift-erasure)</translation>
    </message>
    <message>
        <source>{written!r} is not on file; there is nothing to erase</source>
        <translation>{written!r} no está en la lista; no hay nada que borrar</translation>
    </message>
    <message>
        <source>the form could not be laid out from the current wording; try again</source>
        <translation>no se pudo componer el formulario con el texto actual; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>print between 1 and {most} forms at a time</source>
        <translation>imprima entre 1 y {most} formularios cada vez</translation>
    </message>
    <message>
        <source>{for_phone} is not on file: a blank form will do</source>
        <translation>{for_phone} no está en la lista: sirve un formulario en blanco</translation>
    </message>
    <message>
        <source>no forms in language {language!r}: use one of {known}</source>
        <translation>no hay formularios en el idioma {language!r}: use uno de {known}</translation>
    </message>
    <message>
        <source>paper {paper!r} is not known: use a4 or letter</source>
        <translation>el papel {paper!r} no se conoce: use a4 o letter</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; choose another place</source>
        <translation>la carpeta {parent} no existe; elija otro lugar</translation>
    </message>
    <message>
        <source>could not write {target}: {problem}</source>
        <translation>no se pudo escribir {target}: {problem}</translation>
    </message>
    <message>
        <source>{kind} is not one of them</source>
        <translation>{kind} no es ninguno de ellos</translation>
    </message>
    <message>
        <source>cannot use {where}: OptIn Desk keeps its records in a SQLite file or on PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, with &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</source>
        <translation>no se puede usar {where}: OptIn Desk guarda sus datos en un archivo SQLite o en PostgreSQL (postgresql+psycopg://USUARIO@SERVIDOR/BASE, con &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</translation>
    </message>
    <message>
        <source>the database server refused the user name or password in the URL: check --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>el servidor de base de datos rechazó el usuario o la contraseña de la URL: revise --db u OPTIN_DESK_DB (no se anotó nada)</translation>
    </message>
    <message>
        <source>the database server has no database (or user) of that name: check the URL in --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>el servidor de base de datos no tiene ninguna base de datos (o usuario) con ese nombre: revise la URL en --db u OPTIN_DESK_DB (no se anotó nada)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost in the middle; the server keeps a save whole or not at all: check the network, then try again</source>
        <translation>se perdió la conexión con el servidor de base de datos a mitad; el servidor guarda todo o nada: revise la red y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>cannot reach the database server: check that it is running and that this computer is on its network, then try again (nothing was recorded)</source>
        <translation>no se puede llegar al servidor de base de datos: compruebe que está en marcha y que este ordenador está en su red, y vuelva a intentarlo (no se anotó nada)</translation>
    </message>
    <message>
        <source>the database role in the URL may not do that ({detail}): setting up or upgrading the tables (init, a new version&apos;s first start, move-to) and restore are for the records&apos; owner role; nothing was recorded</source>
        <translation>el rol de base de datos de la URL no puede hacer eso ({detail}): configurar o actualizar las tablas (init, el primer inicio de una versión nueva, move-to) y restaurar corresponden al rol propietario de los datos; no se anotó nada</translation>
    </message>
    <message>
        <source>restoring the records from a backup; try again in a moment (nothing written)</source>
        <translation>se están restaurando los datos desde una copia de seguridad; inténtelo de nuevo en un momento (no se escribió nada)</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation>la base de datos está ocupada por otro programa; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>the disk is full: free some space, then try again (nothing was recorded)</source>
        <translation>el disco está lleno: libere espacio y vuelva a intentarlo (no se anotó nada)</translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only); nothing was recorded</source>
        <translation>{where} no se puede escribir (solo lectura); no se anotó nada</translation>
    </message>
    <message>
        <source>cannot open the database {where}: check the folder exists and is writable</source>
        <translation>no se puede abrir la base de datos {where}: compruebe que la carpeta existe y se puede escribir</translation>
    </message>
    <message>
        <source>{where} is not an OptIn Desk database</source>
        <translation>{where} no es una base de datos de OptIn Desk</translation>
    </message>
    <message>
        <source>database error: {detail}</source>
        <translation>error de la base de datos: {detail}</translation>
    </message>
    <message>
        <source>the records file cannot be written (read-only); nothing was recorded</source>
        <translation>el archivo de datos no se puede escribir (solo lectura); no se anotó nada</translation>
    </message>
    <message>
        <source>cannot open the database: check the folder exists and is writable</source>
        <translation>no se puede abrir la base de datos: compruebe que la carpeta existe y se puede escribir</translation>
    </message>
    <message>
        <source>the file is not an OptIn Desk database</source>
        <translation>el archivo no es una base de datos de OptIn Desk</translation>
    </message>
    <message numerus="yes">
        <source>row {row}: {reason} (and %n more invalid row(s)); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>
            <numerusform>fila {row}: {reason} (y %n fila no válida más); no se anotó nada: corrija el archivo (una prueba sin --apply muestra cada fila) u omita las filas no válidas (--skip-invalid)</numerusform>
            <numerusform>fila {row}: {reason} (y %n filas no válidas más); no se anotó nada: corrija el archivo (una prueba sin --apply muestra cada fila) u omita las filas no válidas (--skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {reason}; nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>fila {row}: {reason}; no se anotó nada: corrija el archivo (una prueba sin --apply muestra cada fila) u omita las filas no válidas (--skip-invalid)</translation>
    </message>
    <message>
        <source>the file needs a header row: number, name, category, action, date</source>
        <translation>el archivo necesita una fila de encabezado: número, nombre, tipo de mensaje, acción, fecha</translation>
    </message>
    <message>
        <source>no {missing} column found (the columns are: {columns}); name them scope (or category), action and date</source>
        <translation>no se encontró la columna {missing} (las columnas son: {columns}); llámelas scope (o category), action y date</translation>
    </message>
    <message>
        <source>unknown category {scope!r}</source>
        <translation>tipo de mensaje desconocido {scope!r}</translation>
    </message>
    <message>
        <source>unknown action {action!r}: write opt_in or opt_out</source>
        <translation>acción desconocida {action!r}: escriba opt_in u opt_out</translation>
    </message>
    <message>
        <source>erased on request on {day}: an import never brings them back</source>
        <translation>borrado a petición el {day}: una importación nunca lo devuelve</translation>
    </message>
    <message>
        <source>will opt in to {what}</source>
        <translation>dará el alta para {what}</translation>
    </message>
    <message>
        <source>will opt out of {what}</source>
        <translation>dará de baja de {what}</translation>
    </message>
    <message>
        <source>the records already say opted in to {what}, or a later event stands</source>
        <translation>los registros ya dicen alta para {what}, o prevalece un registro posterior</translation>
    </message>
    <message>
        <source>the records already say opted out of {what}, or a later event stands</source>
        <translation>los registros ya dicen baja de {what}, o prevalece un registro posterior</translation>
    </message>
    <message>
        <source>nothing to import: every row is already recorded, skipped, refused or invalid</source>
        <translation>nada que importar: cada fila ya está anotada, omitida, rechazada o no es válida</translation>
    </message>
    <message>
        <source>{where} is not empty (its table {busy} holds records): move-to only fills an empty database; nothing was written</source>
        <translation>{where} no está vacía (su tabla {busy} contiene datos): move-to solo llena una base de datos vacía; no se escribió nada</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent in the future</source>
        <translation>la confirmación no puede haberse enviado en el futuro</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent ({sent}) before the opt-out it confirms ({given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>la confirmación no puede haberse enviado ({sent}) antes de la baja que confirma ({given}); si la persona se dio de baja antes, registre la baja con la hora en que lo hizo</translation>
    </message>
    <message>
        <source>event {event_id} is not an opt-out</source>
        <translation>el registro {event_id} no es una baja</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent before the opt-out it confirms (event {event_id}, given {given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>la confirmación no puede haberse enviado antes de la baja que confirma (registro {event_id}, dada el {given}); si la persona se dio de baja antes, registre la baja con la hora en que lo hizo</translation>
    </message>
    <message>
        <source>the confirmation of event {event_id} is already marked sent</source>
        <translation>la confirmación del registro {event_id} ya está marcada como enviada</translation>
    </message>
    <message>
        <source>the owner PIN kept in the records is not the one the ledger states (it was removed or replaced outside OptIn Desk): give the owner PIN that opens this computer&apos;s signing key to keep it again; until then what needs the PIN stays refused</source>
        <translation>el PIN del propietario guardado en los registros no es el que indica el libro de registros (se quitó o se sustituyó fuera de OptIn Desk): indique el PIN del propietario que abre la clave de firma de este ordenador para guardarlo de nuevo; hasta entonces, lo que necesita el PIN sigue rechazado</translation>
    </message>
    <message>
        <source>too many wrong owner PINs: try again in {seconds} seconds</source>
        <translation>demasiados PIN del propietario erróneos: inténtelo de nuevo dentro de {seconds} segundos</translation>
    </message>
    <message>
        <source>this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)</source>
        <translation>esto necesita el PIN del propietario (indique --pin o defina OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>wrong owner PIN</source>
        <translation>PIN del propietario erróneo</translation>
    </message>
    <message>
        <source>sender number {sender!r}: {reason}</source>
        <translation>número remitente {sender!r}: {reason}</translation>
    </message>
    <message>
        <source>this database already has a business profile; change it in Settings</source>
        <translation>esta base de datos ya tiene un perfil de la tienda; cámbielo en Ajustes</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; or open the app first</source>
        <translation>aún no hay perfil de la tienda: ejecute &apos;optin-desk init&apos; o abra antes la aplicación</translation>
    </message>
    <message>
        <source>the consent wording template is broken: {error}</source>
        <translation>la plantilla del texto de consentimiento está rota: {error}</translation>
    </message>
    <message>
        <source>there is no wording version {wording_id}</source>
        <translation>no existe la versión de texto {wording_id}</translation>
    </message>
    <message>
        <source>name the proof FILE.pdf or FILE.json</source>
        <translation>llame a la prueba ARCHIVO.pdf o ARCHIVO.json</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>ninguno configurado</translation>
    </message>
    <message>
        <source>{written!r} is not one of the shop&apos;s WhatsApp numbers ({shown})</source>
        <translation>{written!r} no es uno de los números de WhatsApp de la tienda ({shown})</translation>
    </message>
    <message>
        <source>quality rating {rating!r}: use high, medium or low</source>
        <translation>calificación de calidad {rating!r}: use high, medium o low</translation>
    </message>
    <message>
        <source>status {status!r}: use connected, flagged or restricted</source>
        <translation>estado {status!r}: use connected, flagged o restricted</translation>
    </message>
    <message>
        <source>the reading of {observed_on} is dated in the future</source>
        <translation>la lectura del {observed_on} tiene fecha en el futuro</translation>
    </message>
    <message>
        <source>blocks and reports are counts of people: 0 or more</source>
        <translation>los bloqueos y las denuncias son recuentos de personas: 0 o más</translation>
    </message>
    <message>
        <source>line {line}: {cell!r} is not a count</source>
        <translation>línea {line}: {cell!r} no es un recuento</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not quality readings</source>
        <translation>{name} contiene tarjetas de contacto, no lecturas de calidad</translation>
    </message>
    <message>
        <source>{name} needs columns for {missing}; the columns are: {columns}</source>
        <translation>{name} necesita columnas para {missing}; las columnas son: {columns}</translation>
    </message>
    <message>
        <source>line {line}: the date {cell!r} is not YYYY-MM-DD</source>
        <translation>línea {line}: la fecha {cell!r} no es AAAA-MM-DD</translation>
    </message>
    <message>
        <source>wording {language} v{version}</source>
        <translation>texto {language} v{version}</translation>
    </message>
    <message>
        <source>cannot write {target}: {problem}</source>
        <translation>no se puede escribir {target}: {problem}</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 1000</source>
        <translation>{setting} debe estar entre 1 y 1000</translation>
    </message>
    <message>
        <source>Opt-outs after the broadcast of {day} were {times}× your usual: look at who it went to</source>
        <translation>Las bajas tras el envío del {day} fueron {times}× lo habitual: revise a quién se envió</translation>
    </message>
    <message>
        <source>{percent}% not delivered after the broadcast of {day}: check these numbers</source>
        <translation>{percent}% sin entregar tras el envío del {day}: revise estos números</translation>
    </message>
    <message>
        <source>people who opted in by {method} opt out {times}× as often as those who opted in by {reference}</source>
        <translation>quienes se dieron de alta con «{method}» se dan de baja {times}× más a menudo que quienes lo hicieron con «{reference}»</translation>
    </message>
    <message>
        <source>quality dropped to {rating} on {sender}: hold marketing from this number for a week</source>
        <translation>la calidad bajó a {rating} en {sender}: no envíe marketing desde este número durante una semana</translation>
    </message>
    <message>
        <source>--head takes the ledger head as printed: at least {least} of its hexadecimal characters (0-9, a-f)</source>
        <translation>--head espera la huella del libro tal como se imprimió: al menos {least} de sus caracteres hexadecimales (0-9, a-f)</translation>
    </message>
    <message>
        <source>--head {written} fits more than one entry: give more characters</source>
        <translation>--head {written} coincide con más de un registro: indique más caracteres</translation>
    </message>
    <message>
        <source>the chat shows the name “{sender}”, not a number: find them on the Opt-outs page</source>
        <translation>el chat muestra el nombre “{sender}”, no un número: búsquelo en la página Bajas</translation>
    </message>
    <message>
        <source>already opted out of {what}</source>
        <translation>ya dado de baja de {what}</translation>
    </message>
    <message>
        <source>already opted out of {what} since {when}</source>
        <translation>ya dado de baja de {what} desde {when}</translation>
    </message>
    <message>
        <source>already opted in to {what}</source>
        <translation>ya dio su consentimiento para {what}</translation>
    </message>
    <message>
        <source>already opted in to {what} since {when}</source>
        <translation>ya dio su consentimiento para {what} desde {when}</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>todos los mensajes</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>publicidad</translation>
    </message>
    <message>
        <source>erased on request on {day}: record their new opt-in on its own, confirming that it lifts the erasure</source>
        <translation>borrado a petición el {day}: registre su nueva alta por separado, confirmando que levanta el borrado</translation>
    </message>
    <message>
        <source>same number as row {row}</source>
        <translation>mismo número que la fila {row}</translation>
    </message>
    <message>
        <source>row {row} cannot be recorded: {reason}</source>
        <translation>la fila {row} no se puede anotar: {reason}</translation>
    </message>
    <message>
        <source>that file is the records themselves</source>
        <translation>ese archivo son los propios datos</translation>
    </message>
    <message>
        <source>the restored copy fails its ledger check: {problem}</source>
        <translation>la copia restaurada no supera la comprobación del libro de registros: {problem}</translation>
    </message>
    <message>
        <source>the restore failed ({reason}); the records were left as they were</source>
        <translation>la restauración falló ({reason}); los datos quedaron como estaban</translation>
    </message>
    <message>
        <source>too many restores of {name} this second; try again</source>
        <translation>demasiadas restauraciones de {name} en este segundo; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the backup is not a copy of these records (another shop&apos;s, or they went their own way after event {shared_events}); to replace them anyway give --other-shop and the owner PIN</source>
        <translation>la copia de seguridad no es una copia de estos datos (es de otra tienda, o se separaron después del registro {shared_events}); para sustituirlos de todos modos, indique --other-shop y el PIN del propietario</translation>
    </message>
    <message>
        <source>restoring another shop&apos;s records needs the owner PIN: set one with &apos;optin-desk pin&apos;, then give it with --pin</source>
        <translation>restaurar los datos de otra tienda necesita el PIN del propietario: establézcalo con &apos;optin-desk pin&apos; e indíquelo con --pin</translation>
    </message>
    <message>
        <source>the evidence file {error}; choose the scan again</source>
        <translation>el archivo de prueba {error}; vuelva a elegir el escaneo</translation>
    </message>
    <message>
        <source>the evidence file could not be read: {error}</source>
        <translation>no se pudo leer el archivo de prueba: {error}</translation>
    </message>
    <message>
        <source>the evidence file {error}</source>
        <translation>el archivo de prueba {error}</translation>
    </message>
    <message>
        <source>the evidence file could not be kept: {error}</source>
        <translation>no se pudo guardar el archivo de prueba: {error}</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source} no existe</translation>
    </message>
    <message>
        <source>the server could not be asked ({reason}); nothing was changed</source>
        <translation>no se pudo consultar al servidor ({reason}); no se cambió nada</translation>
    </message>
    <message>
        <source>restoring on a server is for the records&apos; owner role (it owns the database and may create databases): run it with the owner&apos;s URL; nothing was changed</source>
        <translation>restaurar en un servidor corresponde al rol propietario de los datos (es dueño de la base de datos y puede crear bases de datos): ejecútelo con la URL del propietario; no se cambió nada</translation>
    </message>
    <message>
        <source>no new database could be made for the restore ({reason}); nothing was changed</source>
        <translation>no se pudo crear una base de datos nueva para la restauración ({reason}); no se cambió nada</translation>
    </message>
    <message>
        <source>{name} is not a sound dump of OptIn Desk records ({error}); nothing was changed</source>
        <translation>{name} no es un volcado correcto de datos de OptIn Desk ({error}); no se cambió nada</translation>
    </message>
    <message>
        <source>{name} holds no OptIn Desk records; nothing was changed</source>
        <translation>{name} no contiene datos de OptIn Desk; no se cambió nada</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}; nothing was changed</source>
        <translation>{name} no supera la comprobación del libro de registros en el registro {broken_event_id}: {problem}; no se cambió nada</translation>
    </message>
    <message>
        <source>too many restores of these records this second; try again</source>
        <translation>demasiadas restauraciones de estos datos en este segundo; inténtelo de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n other (connection is|connections are) open to the records (a window on another computer?): close (it|them) and try again, or give --force to disconnect (it|them); nothing was changed</source>
        <translation>
            <numerusform>hay %n conexión más abierta a los datos (¿una ventana en otro ordenador?): ciérrela y vuelva a intentarlo, o indique --force para desconectarla; no se cambió nada</numerusform>
            <numerusform>hay %n conexiones más abiertas a los datos (¿una ventana en otro ordenador?): ciérrelas y vuelva a intentarlo, o indique --force para desconectarlas; no se cambió nada</numerusform>
        </translation>
    </message>
    <message>
        <source>a save on another computer held the records too long; try the restore again in a moment; the records were left as they were</source>
        <translation>un guardado en otro ordenador retuvo los datos demasiado tiempo; vuelva a intentar la restauración en un momento; los datos quedaron como estaban</translation>
    </message>
    <message>
        <source>no business profile yet</source>
        <translation>aún no hay perfil de la tienda</translation>
    </message>
    <message>
        <source>category {key!r} stays {kind}: add a new category instead</source>
        <translation>el tipo de mensaje {key!r} sigue siendo {kind}: añada un tipo de mensaje nuevo en su lugar</translation>
    </message>
    <message>
        <source>say why the event is voided (--reason): the reason is kept with it</source>
        <translation>indique por qué se anula el registro (--reason): el motivo se guarda con él</translation>
    </message>
    <message>
        <source>there is no event {event_id}; see &apos;optin-desk history NUMBER&apos;</source>
        <translation>no existe el registro {event_id}; consulte &apos;optin-desk history NÚMERO&apos;</translation>
    </message>
    <message>
        <source>event {event_id} is about the shop, not a person: it stands</source>
        <translation>el registro {event_id} es de la tienda, no de una persona: se mantiene</translation>
    </message>
    <message>
        <source>event {event_id} is itself a void and cannot be voided</source>
        <translation>el registro {event_id} es en sí una anulación y no se puede anular</translation>
    </message>
    <message>
        <source>event {event_id} was already voided by event {already}</source>
        <translation>el registro {event_id} ya se anuló con el registro {already}</translation>
    </message>
    <message>
        <source>choose the event to void</source>
        <translation>elija el registro que se anula</translation>
    </message>
    <message>
        <source>events of different people are voided one person at a time</source>
        <translation>los registros de personas distintas se anulan persona por persona</translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied</source>
        <translation>{source} no se puede leer: permiso denegado</translation>
    </message>
    <message>
        <source>{source} cannot be read: {problem}</source>
        <translation>{source} no se puede leer: {problem}</translation>
    </message>
    <message>
        <source>{source} is a folder, not a file</source>
        <translation>{source} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{source} is not a regular file (a pipe, device or socket)</source>
        <translation>{source} no es un archivo normal (una tubería, un dispositivo o un socket)</translation>
    </message>
    <message>
        <source>{source} is not a regular file</source>
        <translation>{source} no es un archivo normal</translation>
    </message>
    <message>
        <source>{name} is {megabytes} MB; scans up to {most} MB are kept</source>
        <translation>{name} ocupa {megabytes} MB; se guardan escaneos de hasta {most} MB</translation>
    </message>
    <message>
        <source>{name} changed while it was being copied; try again</source>
        <translation>{name} cambió mientras se copiaba; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>broadcast rules</source>
        <translation>reglas de las difusiones</translation>
    </message>
    <message>
        <source>wording templates</source>
        <translation>plantillas de los textos</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>nombres del personal</translation>
    </message>
    <message>
        <source>privacy details</source>
        <translation>datos de privacidad</translation>
    </message>
    <message>
        <source>shop details</source>
        <translation>datos de la tienda</translation>
    </message>
    <message>
        <source>kinds of messages</source>
        <translation>tipos de mensaje</translation>
    </message>
    <message>
        <source>sender numbers</source>
        <translation>números de envío</translation>
    </message>
    <message>
        <source>wordings</source>
        <translation>textos de consentimiento</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in(s)</source>
        <translation>
            <numerusform>%n alta</numerusform>
            <numerusform>%n altas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s)</source>
        <translation>
            <numerusform>%n anulación</numerusform>
            <numerusform>%n anulaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) voided since</source>
        <translation>
            <numerusform>%n baja anulada desde entonces</numerusform>
            <numerusform>%n bajas anuladas desde entonces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the backup holds %n event(s); the records hold {live}, {shared} of them the same</source>
        <translation>
            <numerusform>la copia de seguridad contiene %n registro; los datos contienen {live}, {shared} de ellos iguales</numerusform>
            <numerusform>la copia de seguridad contiene %n registros; los datos contienen {live}, {shared} de ellos iguales</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup is NOT a copy of these records (another shop, or diverged)</source>
        <translation>la copia de seguridad NO es una copia de estos datos (otra tienda, o se separaron)</translation>
    </message>
    <message>
        <source>would be lost: {items}</source>
        <translation>se perdería: {items}</translation>
    </message>
    <message>
        <source>would be lost: nothing recorded</source>
        <translation>se perdería: nada anotado</translation>
    </message>
    <message>
        <source>settings that go back to the backup&apos;s: {names}</source>
        <translation>ajustes que vuelven a los de la copia: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n baja</numerusform>
            <numerusform>%n bajas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n borrado</numerusform>
            <numerusform>%n borrados</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied after the restore: {items}; the owner PIN stays as it is now</source>
        <translation>se vuelve a aplicar después de restaurar: {items}; el PIN del propietario queda como está</translation>
    </message>
    <message numerus="yes">
        <source>%n erased (number is|numbers are) kept under another key: they stay erased only where the backup holds them</source>
        <translation>
            <numerusform>%n número borrado se guarda con otra clave: sigue borrado solo donde lo tiene la copia</numerusform>
            <numerusform>%n números borrados se guardan con otra clave: siguen borrados solo donde los tiene la copia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept check(s)</source>
        <translation>
            <numerusform>%n revisión guardada</numerusform>
            <numerusform>%n revisiones guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent</source>
        <translation>
            <numerusform>%n mensaje anotado como enviado</numerusform>
            <numerusform>%n mensajes anotados como enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed form batch(es)</source>
        <translation>
            <numerusform>%n lote de formularios impreso</numerusform>
            <numerusform>%n lotes de formularios impresos</numerusform>
        </translation>
    </message>
    <message>
        <source>the category {key!r} ({kind}) has no kind in the ledger: it was added behind the program&apos;s back</source>
        <translation>el tipo de mensaje {key!r} ({kind}) no tiene tipo en el libro de registros: se añadió a espaldas del programa</translation>
    </message>
    <message>
        <source>the category {key!r} is stored as {kind}, but the ledger states {stated} (event {event}): its kind was edited behind the program&apos;s back; the rules keep {stated}</source>
        <translation>el tipo de mensaje {key!r} está guardado como {kind}, pero el libro de registros dice {stated} (registro {event}): su tipo se cambió a espaldas del programa; las reglas mantienen {stated}</translation>
    </message>
    <message>
        <source>the records key is not on this computer, so erased numbers and who each event belongs to cannot be told here: on a computer that has it run &apos;optin-desk records-key --out FILE&apos;, then here &apos;optin-desk records-key --import FILE&apos;</source>
        <translation>la clave de los datos no está en este ordenador, así que aquí no se pueden saber los números borrados ni de quién es cada registro: en un ordenador que la tenga ejecute &apos;optin-desk records-key --out FILE&apos; y después aquí &apos;optin-desk records-key --import FILE&apos;</translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation>no se puede leer {source}: {error}</translation>
    </message>
    <message>
        <source>{source} is not a records key written by &apos;optin-desk records-key --out&apos;</source>
        <translation>{source} no es una clave de los datos escrita por &apos;optin-desk records-key --out&apos;</translation>
    </message>
    <message>
        <source>{source} is the key of other records (id {found}), not of these ({known})</source>
        <translation>{source} es la clave de otros datos (id {found}), no de estos ({known})</translation>
    </message>
    <message>
        <source>the key in {source} does not match the numbers these records hold: it was not written from these records</source>
        <translation>la clave de {source} no coincide con los números de estos datos: no se escribió desde estos datos</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 3600, not {written!r}</source>
        <translation>--wait lleva un número de segundos de 0 a 3600, no {written!r}</translation>
    </message>
    <message>
        <source>--remove-unerasable goes with --from-backups</source>
        <translation>--remove-unerasable va con --from-backups</translation>
    </message>
    <message>
        <source>{number} is not erased from the records: erase it first</source>
        <translation>{number} no está borrado de los datos: bórrelo primero</translation>
    </message>
    <message>
        <source>its folder is not there: plug in the stick</source>
        <translation>su carpeta no está: conecte la memoria USB</translation>
    </message>
    <message>
        <source>a server&apos;s dump cannot be rewritten by this program</source>
        <translation>este programa no puede reescribir un volcado de servidor</translation>
    </message>
    <message>
        <source>the number was still found in the rewritten copy</source>
        <translation>el número seguía apareciendo en la copia reescrita</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s head row was deleted behind the program&apos;s back; run verify, then restore the latest backup</source>
        <translation>no se anotó nada: la fila de la huella del libro de registros se borró a espaldas del programa; ejecute verify y después restaure la última copia de seguridad</translation>
    </message>
    <message>
        <source>wording {wording_id} ({language}, version {version}): its text was changed; it no longer hashes to the sha256 recorded for it</source>
        <translation>texto {wording_id} ({language}, versión {version}): su contenido se cambió; ya no da el sha256 anotado para él</translation>
    </message>
    <message>
        <source>event {event_id} points at wording {wording_id}, whose sha256 is {found}, but the chain says the person was shown the wording {chained}</source>
        <translation>el registro {event_id} apunta al texto {wording_id}, cuyo sha256 es {found}, pero la cadena dice que a la persona se le mostró el texto {chained}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>the scan {sha256} was replaced or altered: its file now hashes to {found}</source>
        <translation>el escaneo {sha256} se sustituyó o se alteró: su archivo ahora da la huella {found}</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is missing from the scan folder: the proof of that opt-in lost its scan; put the file back from a backup</source>
        <translation>falta el escaneo {sha256} del registro {event_id} en la carpeta de escaneos: la prueba de esa alta perdió su escaneo; recupere el archivo de una copia de seguridad</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is not on this computer (the shared records keep scans on the computer that recorded them): verify there</source>
        <translation>el escaneo {sha256} del registro {event_id} no está en este ordenador (los datos compartidos guardan los escaneos en el ordenador que los anotó): compruébelo allí</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of erased people are gone, as the erasure asked</source>
        <translation>
            <numerusform>%n escaneo de personas borradas ya no está, como pedía el borrado</numerusform>
            <numerusform>%n escaneos de personas borradas ya no están, como pedía el borrado</numerusform>
        </translation>
    </message>
    <message>
        <source>the events of person {contact_id} cannot be read ({problem}): they were edited outside the program, so their consent cannot be worked out; restore the latest backup</source>
        <translation>los eventos de la persona {contact_id} no se pueden leer ({problem}): se editaron fuera del programa, así que no se puede calcular su consentimiento; restaure la última copia de seguridad</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>de alta</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s last event is not the one its head row names (an event was deleted or added behind the program&apos;s back); run verify, then restore the latest backup (an opt-out is still recorded)</source>
        <translation>no se anotó nada: el último registro del libro no es el que nombra su fila de huella (se borró o se añadió un registro a espaldas del programa); ejecute verify y después restaure la última copia de seguridad (una baja sí se anota)</translation>
    </message>
    <message>
        <source>nothing was recorded: {phone} is opted out of {kind} on record, but the events left in the ledger no longer say so (one was deleted behind the program&apos;s back); run verify, then restore the latest backup</source>
        <translation>no se anotó nada: {phone} consta dado de baja de {kind}, pero los registros que quedan en el libro ya no lo dicen (se borró uno a espaldas del programa); ejecute verify y después restaure la última copia de seguridad</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>de baja</translation>
    </message>
    <message>
        <source>without consent</source>
        <translation>sin consentimiento</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} since {table_since} (event {event_id}), but the ledger says since {ledger_since}: the time was edited outside the program; check and status read the table, so they are wrong for this person</source>
        <translation>la tabla de estado de consentimiento dice que la persona {contact_id} está {table} para «{category}» desde el {table_since} (registro {event_id}), pero el libro de registros dice desde el {ledger_since}: la hora se cambió fuera del programa; check y status leen la tabla, así que se equivocan con esta persona</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} (event {table_event_id}), but the ledger says {ledger} (event {event_id}): check and status read the table, so they are wrong for this person</source>
        <translation>la tabla de estado de consentimiento dice que la persona {contact_id} está {table} para «{category}» (registro {table_event_id}), pero el libro de registros dice {ledger} (registro {event_id}): check y status leen la tabla, así que se equivocan con esta persona</translation>
    </message>
    <message numerus="yes">
        <source>the ledger&apos;s head row is missing although it holds %n event(s): someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</source>
        <translation>
            <numerusform>falta la fila de la huella del libro de registros aunque contiene %n registro: alguien la borró a espaldas del programa, lo que oculta si se quitaron registros del final. No se puede anotar nada hasta que vuelva: compare con un punto de control guardado aparte (verify --checkpoint) y restaure la última copia de seguridad</numerusform>
            <numerusform>falta la fila de la huella del libro de registros aunque contiene %n registros: alguien la borró a espaldas del programa, lo que oculta si se quitaron registros del final. No se puede anotar nada hasta que vuelva: compare con un punto de control guardado aparte (verify --checkpoint) y restaure la última copia de seguridad</numerusform>
        </translation>
    </message>
    <message>
        <source>the append-only guard {name} is missing or switched off: the ledger can be rewritten without a trace in it; restore the latest backup or ask for help</source>
        <translation>falta o está desactivada la protección contra cambios {name}: el libro de registros se puede reescribir sin dejar rastro; restaure la última copia de seguridad o pida ayuda</translation>
    </message>
    <message>
        <source>the owner PIN kept in the settings is not the one the ledger states: it was removed or replaced behind the program&apos;s back; what needs the PIN stays refused until the owner gives the PIN that opens this computer&apos;s signing key</source>
        <translation>el PIN del propietario guardado en la configuración no es el que indica el libro de registros: se quitó o se sustituyó a espaldas del programa; lo que necesita el PIN sigue rechazado hasta que el propietario indique el PIN que abre la clave de firma de este ordenador</translation>
    </message>
    <message>
        <source>contact {contact} was erased, but the erasure is no longer on record: it was removed behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>el contacto {contact} se borró, pero el borrado ya no consta: alguien lo quitó a espaldas del programa y el número ya no está bloqueado; restaure la última copia de seguridad o pida ayuda</translation>
    </message>
    <message>
        <source>an erasure is marked lifted by event {event}, which is not the person&apos;s own new opt-in: it was lifted behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>un borrado figura como levantado por el registro {event}, que no es una nueva alta de la propia persona: alguien lo levantó a espaldas del programa y el número ya no está bloqueado; restaure la última copia de seguridad o pida ayuda</translation>
    </message>
    <message>
        <source>the server role {role} may UPDATE, DELETE or TRUNCATE the ledger: only its owner should; take it back as the owner (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</source>
        <translation>el rol del servidor {role} puede hacer UPDATE, DELETE o TRUNCATE en el libro de registros: solo debería poder su propietario; quíteselo como propietario (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</translation>
    </message>
    <message>
        <source>the stored Merkle root of block {block} (the events up to {event_id}) is not the root of those events in the ledger: it was changed behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>la raíz de Merkle guardada del bloque {block} (los eventos hasta el {event_id}) no es la raíz de esos eventos en el libro de registros: se cambió a espaldas del programa. Las pruebas se construyen entonces con todos los eventos; restaure la última copia de seguridad</translation>
    </message>
    <message>
        <source>the Merkle root of block {block} (the events up to {event_id}) is missing: it was deleted behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>falta la raíz de Merkle del bloque {block} (los eventos hasta el {event_id}): se borró a espaldas del programa. Las pruebas se construyen entonces con todos los eventos; restaure la última copia de seguridad</translation>
    </message>
    <message>
        <source>a Merkle root is stored for block {block}, which the ledger does not hold: it was added behind the program&apos;s back; restore the latest backup</source>
        <translation>hay una raíz de Merkle guardada para el bloque {block}, que el libro de registros no contiene: se añadió a espaldas del programa; restaure la última copia de seguridad</translation>
    </message>
    <message>
        <source>no consent on file</source>
        <translation>sin consentimiento registrado</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulario en papel</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>llamada telefónica</translation>
    </message>
    <message>
        <source>phone menu</source>
        <translation>menú telefónico</translation>
    </message>
    <message>
        <source>the website</source>
        <translation>el sitio web</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>la caja</translation>
    </message>
    <message>
        <source>a sign-up form</source>
        <translation>un formulario de alta</translation>
    </message>
    <message>
        <source>a WhatsApp ad</source>
        <translation>un anuncio de WhatsApp</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>una importación</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>botón de WhatsApp para detener mensajes</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>otra vía</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>erased on request on {day}</source>
        <translation>borrado a petición suya el {day}</translation>
    </message>
    <message>
        <source>consent for {categories} only</source>
        <translation>consentimiento solo para {categories}</translation>
    </message>
    <message numerus="yes">
        <source>%n {what} message(s) in the last {days} days</source>
        <translation>
            <numerusform>%n mensaje de {what} en los últimos {days} días</numerusform>
            <numerusform>%n mensajes de {what} en los últimos {days} días</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; add an opt-out option: {why}</source>
        <translation>{reason}; añadir opción de baja: {why}</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day} ({method})</source>
        <translation>se dio de baja de {scope} el {day} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} ({method})</source>
        <translation>se dio de baja de {scope} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day}</source>
        <translation>se dio de baja de {scope} el {day}</translation>
    </message>
    <message>
        <source>opted out of {scope}</source>
        <translation>se dio de baja de {scope}</translation>
    </message>
    <message>
        <source>opted in on {day} ({method})</source>
        <translation>se dio de alta el {day} ({method})</translation>
    </message>
    <message>
        <source>opted in on {day}</source>
        <translation>se dio de alta el {day}</translation>
    </message>
    <message>
        <source>opted in ({method})</source>
        <translation>se dio de alta ({method})</translation>
    </message>
    <message>
        <source>first after more than {days} days</source>
        <translation>el primero tras más de {days} días</translation>
    </message>
    <message>
        <source>nothing from or about them in {days} days</source>
        <translation>sin actividad suya en {days} días</translation>
    </message>
    <message>
        <source>first marketing message</source>
        <translation>primer mensaje publicitario</translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file, for example {file}</source>
        <translation>{path} es una carpeta: indique el archivo de la base de datos, por ejemplo {file}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: check the --db path (nothing was created)</source>
        <translation>la carpeta {folder} no existe: revise la ruta de --db (no se creó nada)</translation>
    </message>
    <message>
        <source>there are no records yet: set up the shop with &apos;optin-desk init&apos;</source>
        <translation>todavía no hay registros: configure la tienda con &apos;optin-desk init&apos;</translation>
    </message>
    <message>
        <source>there are no records at {path} yet: set up the shop with &apos;optin-desk init&apos; and this --db, or check the path</source>
        <translation>todavía no hay registros en {path}: configure la tienda con &apos;optin-desk init&apos; y este --db, o revise la ruta</translation>
    </message>
    <message>
        <source>{path} cannot be written and is from another version of OptIn Desk: copy it to a writable folder to open it</source>
        <translation>{path} no se puede escribir y es de otra versión de OptIn Desk: cópielo a una carpeta con permiso de escritura para abrirlo</translation>
    </message>
    <message>
        <source>{path} cannot be written: it cannot be upgraded</source>
        <translation>{path} no se puede escribir: no se puede actualizar</translation>
    </message>
    <message>
        <source>checkpoint {name}: it cannot be read as a checkpoint ({reason})</source>
        <translation>punto de control {name}: no se puede leer como punto de control ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>the records no longer start with the %n event(s) just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</source>
        <translation>
            <numerusform>los datos ya no empiezan con el único registro de la copia recién hecha (se restauraron o sustituyeron mientras tanto): no se tomó ningún punto de control; haga la copia otra vez</numerusform>
            <numerusform>los datos ya no empiezan con los %n registros de la copia recién hecha (se restauraron o sustituyeron mientras tanto): no se tomó ningún punto de control; haga la copia otra vez</numerusform>
        </translation>
    </message>
    <message>
        <source>no checkpoint found in {path} (files ending in .checkpoint.json or -checkpoints.jsonl)</source>
        <translation>no se encontró ningún punto de control en {path} (archivos que terminan en .checkpoint.json o -checkpoints.jsonl)</translation>
    </message>
    <message>
        <source>these records were restored from {source} on {at}: a checkpoint made before that restore may be of the records it replaced (kept beside them as a &apos;replaced&apos; copy); check it against that copy with --db</source>
        <translation>estos datos se restauraron desde {source} el {at}: un punto de control hecho antes de esa restauración puede ser de los datos que sustituyó (guardados al lado como copia &apos;replaced&apos;); compruébelo con esa copia usando --db</translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: its %n event(s) (made {made}) (was|were) replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</source>
        <translation>
            <numerusform>punto de control {name}: su registro (hecho el {made}) se sustituyó en la restauración del {at} (huella {head}), que el libro de registros anota como registro {event}; los datos sustituidos se guardan al lado</numerusform>
            <numerusform>punto de control {name}: sus %n registros (hecho el {made}) se sustituyeron en la restauración del {at} (huella {head}), que el libro de registros anota como registro {event}; los datos sustituidos se guardan al lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}, key {key})</source>
        <translation>
            <numerusform>punto de control {name}: correcto, el libro de registros contiene su registro (hecho el {made}, clave {key})</numerusform>
            <numerusform>punto de control {name}: correcto, el libro de registros contiene sus %n registros (hecho el {made}, clave {key})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</source>
        <translation>
            <numerusform>punto de control {name}: correcto, el libro de registros contiene su registro (hecho el {made}), pero no está firmado: la clave de firma estaba bloqueada con el PIN del propietario cuando se hizo</numerusform>
            <numerusform>punto de control {name}: correcto, el libro de registros contiene sus %n registros (hecho el {made}), pero no está firmado: la clave de firma estaba bloqueada con el PIN del propietario cuando se hizo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: it counted %n event(s) on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</source>
        <translation>
            <numerusform>punto de control {name}: contó %n registro el {made}, pero el libro de registros solo tiene {count}: se quitaron registros o se sustituyó el libro</numerusform>
            <numerusform>punto de control {name}: contó %n registros el {made}, pero el libro de registros solo tiene {count}: se quitaron registros o se sustituyó el libro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: the ledger&apos;s first %n (event does|events do) not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</source>
        <translation>
            <numerusform>punto de control {name}: el primer registro del libro no da la huella raíz que anotó el {made}: el libro se reescribió o se sustituyó desde entonces</numerusform>
            <numerusform>punto de control {name}: los primeros %n registros del libro no dan la huella raíz que anotó el {made}: el libro se reescribió o se sustituyó desde entonces</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint {name}: event {size} of the ledger does not have the head hash it recorded on {made}: the ledger was rewritten or the checkpoint altered</source>
        <translation>punto de control {name}: el registro {size} del libro no tiene la huella que anotó el {made}: el libro se reescribió o se alteró el punto de control</translation>
    </message>
    <message>
        <source>checkpoint {name}: its signature does not match its contents (it was altered, or not signed by the key it names)</source>
        <translation>punto de control {name}: su firma no coincide con su contenido (se alteró o no lo firmó la clave que indica)</translation>
    </message>
    <message>
        <source>its texts are marked erased on request, but its person was never erased</source>
        <translation>sus textos están marcados como borrados a petición, pero su persona nunca se borró</translation>
    </message>
    <message numerus="yes">
        <source>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>
            <numerusform>el número del contacto {contacts} y %n más no es el número con el que se hizo su clave: se intercambiaron o cambiaron números en el archivo</numerusform>
            <numerusform>el número de los contactos {contacts} y %n más no es el número con el que se hizo su clave: se intercambiaron o cambiaron números en el archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of contact {contacts} is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>el número del contacto {contacts} no es el número con el que se hizo su clave: se intercambiaron o cambiaron números en el archivo</translation>
    </message>
    <message>
        <source>the bind of event {event} names no contacts</source>
        <translation>el enlace del registro {event} no nombra ningún contacto</translation>
    </message>
    <message>
        <source>the contacts&apos; keys no longer match what event {event} bound: a contact&apos;s key was changed, swapped or removed in the file</source>
        <translation>las claves de los contactos ya no coinciden con lo que enlazó el registro {event}: la clave de un contacto se cambió, se intercambió o se quitó en el archivo</translation>
    </message>
    <message>
        <source>its texts (note, customer&apos;s words, confirmation, reason) were changed</source>
        <translation>se cambiaron sus textos (nota, palabras del cliente, confirmación, motivo)</translation>
    </message>
    <message>
        <source>its texts were erased on request, yet texts are there again</source>
        <translation>sus textos se borraron a petición, pero vuelve a haber textos</translation>
    </message>
    <message>
        <source>events are out of order</source>
        <translation>los registros están desordenados</translation>
    </message>
    <message>
        <source>it does not follow the event before it</source>
        <translation>no sigue al registro anterior</translation>
    </message>
    <message>
        <source>its stored hash does not match its fields</source>
        <translation>su huella guardada no coincide con sus campos</translation>
    </message>
    <message>
        <source>event ids {first} to {last} are missing before it: the program numbers events without gaps, so events were removed</source>
        <translation>faltan los números de registro {first} a {last} antes de él: el programa numera los registros sin huecos, así que se quitaron registros</translation>
    </message>
    <message>
        <source>it belongs to contact {contact}, whose row now carries another person&apos;s key: contacts&apos; numbers or keys were swapped or changed in the file</source>
        <translation>pertenece al contacto {contact}, cuya fila lleva ahora la clave de otra persona: se intercambiaron o cambiaron números o claves de contactos en el archivo</translation>
    </message>
    <message>
        <source>it is dated {dated} UTC, after it was recorded ({recorded} UTC): no event may be dated ahead</source>
        <translation>tiene fecha {dated} UTC, posterior a cuando se guardó ({recorded} UTC): ningún registro puede tener fecha adelantada</translation>
    </message>
    <message numerus="yes">
        <source>the ledger recorded %n event(s) ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</source>
        <translation>
            <numerusform>el libro de registros anotó %n registro que termina en {head}, pero la cadena solo tiene {count}, hasta el registro {last}: se quitaron registros</numerusform>
            <numerusform>el libro de registros anotó %n registros que terminan en {head}, pero la cadena solo tiene {count}, hasta el registro {last}: se quitaron registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded before texts were chained as commitments had their texts erased on request (first: {first}): each one&apos;s other fields are taken on trust from the event after it, which still chains its hash</source>
        <translation>
            <numerusform>%n registro guardado antes de que los textos se encadenaran como compromisos tuvo sus textos borrados a petición (el primero: {first}): sus demás campos se dan por buenos por el registro siguiente, que sigue encadenando su huella</numerusform>
            <numerusform>%n registros guardados antes de que los textos se encadenaran como compromisos tuvieron sus textos borrados a petición (el primero: {first}): sus demás campos se dan por buenos por el registro siguiente, que sigue encadenando su huella</numerusform>
        </translation>
    </message>
    <message>
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC): the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>el registro {event} se guardó el {recorded} UTC, antes que el registro anterior a él ({ahead} UTC): el reloj del ordenador estaba mal o los registros se cargaron desordenados (el orden del libro de registros sigue valiendo)</translation>
    </message>
    <message numerus="yes">
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>
            <numerusform>el registro {event} se guardó el {recorded} UTC, antes que el registro anterior a él ({ahead} UTC), y %n más como él: el reloj del ordenador estaba mal o los registros se cargaron desordenados (el orden del libro de registros sigue valiendo)</numerusform>
            <numerusform>el registro {event} se guardó el {recorded} UTC, antes que el registro anterior a él ({ahead} UTC), y %n más como él: el reloj del ordenador estaba mal o los registros se cargaron desordenados (el orden del libro de registros sigue valiendo)</numerusform>
        </translation>
    </message>
    <message>
        <source>no words</source>
        <translation>sin palabras</translation>
    </message>
    <message>
        <source>says both {out} and {in_}: a person decides</source>
        <translation>dice {out} y también {in_}: decide una persona</translation>
    </message>
    <message>
        <source>keyword {word}</source>
        <translation>palabra clave {word}</translation>
    </message>
    <message>
        <source>{word} among other words: a person decides</source>
        <translation>{word} entre otras palabras: decide una persona</translation>
    </message>
    <message>
        <source>says {words}: may mean stop; a person decides</source>
        <translation>dice {words}: puede querer dejar de recibir mensajes; decide una persona</translation>
    </message>
    <message>
        <source>keyword {word}: an opt-in once staff confirm</source>
        <translation>palabra clave {word}: un alta cuando el personal la confirme</translation>
    </message>
    <message>
        <source>no opt-out or opt-in words</source>
        <translation>sin palabras de baja ni de alta</translation>
    </message>
    <message>
        <source>would undo the opt-out of {key} on {when} ({how}): an import never opts anyone back in; a new opt-in needs its own evidence</source>
        <translation>desharía la baja de {key} del {when} ({how}): una importación nunca vuelve a dar de alta a nadie; un alta nueva necesita su propia prueba</translation>
    </message>
    <message>
        <source>form from another print run</source>
        <translation>formulario de otra impresión</translation>
    </message>
    <message>
        <source>lifts the erasure on request of {day} (the person&apos;s own new consent)</source>
        <translation>levanta el borrado pedido el {day} (nuevo consentimiento de la propia persona)</translation>
    </message>
    <message>
        <source>replied: {message}</source>
        <translation>respondió: {message}</translation>
    </message>
    <message>
        <source>imported from {file}, row {row}</source>
        <translation>importado de {file}, fila {row}</translation>
    </message>
    <message>
        <source>their method: {method}</source>
        <translation>método en el origen: {method}</translation>
    </message>
    <message>
        <source>re-applied after a restore from {file}: event {event}, recorded {recorded}</source>
        <translation>vuelto a aplicar tras restaurar desde {file}: registro {event}, anotado el {recorded}</translation>
    </message>
    <message numerus="yes">
        <source>the connection to the database server was lost part way through the import: %n of {total} rows (was|were) recorded before it and (is|are) kept; check the network and the server, then run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>se perdió la conexión con el servidor de la base de datos a mitad de la importación: se anotó %n de {total} filas antes y se conserva; compruebe la red y el servidor y vuelva a ejecutar la misma importación: solo añadirá las filas que faltan</numerusform>
            <numerusform>se perdió la conexión con el servidor de la base de datos a mitad de la importación: se anotaron %n de {total} filas antes y se conservan; compruebe la red y el servidor y vuelva a ejecutar la misma importación: solo añadirá las filas que faltan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the import stopped part way through ({detail}): %n of {total} rows (was|were) recorded before it and (is|are) kept; once that is put right, run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>la importación se detuvo a mitad ({detail}): se anotó %n de {total} filas antes y se conserva; cuando se haya resuelto, vuelva a ejecutar la misma importación: solo añadirá las filas que faltan</numerusform>
            <numerusform>la importación se detuvo a mitad ({detail}): se anotaron %n de {total} filas antes y se conservan; cuando se haya resuelto, vuelva a ejecutar la misma importación: solo añadirá las filas que faltan</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation>{reason}; {note}</translation>
    </message>
    <message>
        <source>warning: WhatsApp could not deliver to this number on {day} (131026 {title}: often not on WhatsApp)</source>
        <translation>aviso: WhatsApp no pudo entregar a este número el {day} (131026 {title}: a menudo no usa WhatsApp)</translation>
    </message>
    <message>
        <source>--report and --allowed need the number of a check</source>
        <translation>--report y --allowed necesitan el número de una revisión</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form, and the file has no serial column: add one (serial) with the serial printed on each form</source>
        <translation>un alta en formulario en papel indica su formulario, y el archivo no tiene columna de número de serie: añada una (serial) con el número de serie impreso en cada formulario</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: fill in the serial printed on it</source>
        <translation>un alta en formulario en papel indica su formulario: rellene el número de serie impreso en él</translation>
    </message>
    <message>
        <source>form serial {serial} looks like one of this shop&apos;s serials (XXXX-XXXX-C), mistyped: look at the form again</source>
        <translation>el número de serie {serial} parece uno de los de esta tienda (XXXX-XXXX-C), mal escrito: mire otra vez el formulario</translation>
    </message>
    <message>
        <source>form {serial} is already entered for another person (entry #{entry})</source>
        <translation>el formulario {serial} ya está escrito para otra persona (entrada n.º {entry})</translation>
    </message>
    <message>
        <source>form {serial} is on row {row} too, for another number</source>
        <translation>el formulario {serial} está también en la fila {row}, con otro número</translation>
    </message>
    <message>
        <source>--key is neither a public key (base64 of 32 bytes) nor a fingerprint (64 hex digits)</source>
        <translation>--key no es ni una clave pública (base64 de 32 bytes) ni una huella digital (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>{path} cannot be read as a proof JSON ({reason})</source>
        <translation>{path} no se puede leer como prueba JSON ({reason})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>{serial} is mistyped: its check symbol does not match; look at the form again</source>
        <translation>{serial} está mal escrito: su símbolo de control no coincide; mire otra vez el formulario</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} no es un número de serie impreso por esta tienda (tienen la forma XXXX-XXXX-C): mire otra vez el formulario, o marque «Formulario de otra impresión» si la tienda lo imprimió en otro sitio</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} nunca se imprimió aquí: mire otra vez el formulario, o marque «Formulario de otra impresión» si la tienda lo imprimió en otro sitio</translation>
    </message>
    <message>
        <source>{serial}: a form from another print run; kept as the form&apos;s reference, with a note</source>
        <translation>{serial}: un formulario de otra impresión; se guarda como referencia del formulario, con una nota</translation>
    </message>
    <message>
        <source>form {serial} is already entered: {who}, signed {day} (entry #{entry})</source>
        <translation>el formulario {serial} ya está anotado: {who}, firmado el {day} (registro n.º {entry})</translation>
    </message>
    <message>
        <source>form {serial}: {language} wording v{version}, printed {day}</source>
        <translation>formulario {serial}: texto {language} v{version}, impreso el {day}</translation>
    </message>
    <message>
        <source>a paper form needs its serial: type the one printed at the top of the form (a form the shop printed elsewhere: type the number it carries and tick “Form from another print run”)</source>
        <translation>un formulario en papel necesita su número de serie: escriba el impreso arriba en el formulario (un formulario que la tienda imprimió en otro sitio: escriba el número que lleva y marque «Formulario de otra impresión»)</translation>
    </message>
    <message>
        <source>an erased person</source>
        <translation>una persona borrada</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} no es un número de serie impreso por esta tienda (tienen la forma XXXX-XXXX-C): mire otra vez el formulario, o indique --other-print-run si la tienda lo imprimió en otro sitio</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} nunca se imprimió aquí: mire otra vez el formulario, o indique --other-print-run si la tienda lo imprimió en otro sitio</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the proof has no anchor section (made before proofs were anchored?)</source>
        <translation>la prueba no tiene sección de anclaje (¿se hizo antes de que las pruebas se anclaran?)</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is damaged: {reason}</source>
        <translation>el punto de control de la prueba está dañado: {reason}</translation>
    </message>
    <message>
        <source>the consent record around the events was altered: its elements (record id, purposes, controller, retention, ...) no longer give the sha256 the shop signed</source>
        <translation>se alteró el registro de consentimiento que rodea a los registros: sus elementos (id del registro, finalidades, responsable, conservación, ...) ya no dan el sha256 que firmó la tienda</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is not signed: nothing ties it to the shop&apos;s key</source>
        <translation>el punto de control de la prueba no está firmado: nada lo une a la clave de la tienda</translation>
    </message>
    <message>
        <source>the proof is signed by key {found}, not by the key given ({given})</source>
        <translation>la prueba está firmada con la clave {found}, no con la clave indicada ({given})</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature does not match its contents: it was altered</source>
        <translation>la firma del punto de control no coincide con su contenido: se alteró</translation>
    </message>
    <message>
        <source>the signed list of the person&apos;s events does not match the proof: an event was removed, added or replaced, or the signed sha256 of the record around them was changed</source>
        <translation>la lista firmada de los registros de la persona no coincide con la prueba: se quitó, añadió o sustituyó un registro, o se cambió el sha256 firmado del registro que los rodea</translation>
    </message>
    <message>
        <source>event {event}: its anchor entry is damaged ({reason})</source>
        <translation>registro {event}: su entrada de anclaje está dañada ({reason})</translation>
    </message>
    <message>
        <source>event {event}: its chained fields do not give its hash: a field was altered</source>
        <translation>registro {event}: sus campos encadenados no dan su huella: se alteró un campo</translation>
    </message>
    <message>
        <source>event {event}: its texts and salt do not give the commitment it chained: a text was altered</source>
        <translation>registro {event}: sus textos y su sal no dan el compromiso que encadenó: se alteró un texto</translation>
    </message>
    <message>
        <source>event {event}: its inclusion proof does not lead to the checkpoint&apos;s root: it is not in the ledger the checkpoint signs</source>
        <translation>registro {event}: su prueba de inclusión no lleva a la raíz del punto de control: no está en el libro que firma el punto de control</translation>
    </message>
    <message>
        <source>the proof lists events {shown} but anchors {anchored}: an event was removed or added</source>
        <translation>la prueba muestra los registros {shown} pero ancla {anchored}: se quitó o se añadió un registro</translation>
    </message>
    <message>
        <source>event {event}: its {field} differs from the chained record: it was altered</source>
        <translation>registro {event}: su {field} no coincide con el registro encadenado: se alteró</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n (event recomputes to its hash and is|events recompute to their hashes and are) in the {ledger} signed on {made} by key {key}</source>
        <translation>
            <numerusform>correcto: %n registro da de nuevo su huella y está en el {ledger} firmado el {made} con la clave {key}</numerusform>
            <numerusform>correcto: %n registros dan de nuevo sus huellas y están en el {ledger} firmado el {made} con la clave {key}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger of %n event(s)</source>
        <translation>
            <numerusform>libro de %n registro</numerusform>
            <numerusform>libro de %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>bajas</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Cada envío masivo: qué pasó con él y bajas en 7 días</translation>
    </message>
    <message>
        <source>No broadcast recorded as sent yet.</source>
        <translation>Aún no hay ningún envío registrado como enviado.</translation>
    </message>
    <message>
        <source>Nobody has opted in yet.</source>
        <translation>Nadie se ha dado de alta todavía.</translation>
    </message>
    <message>
        <source>{percent}% of {people}</source>
        <translation>{percent}% de {people}</translation>
    </message>
    <message>
        <source>first opt-in by {method}</source>
        <translation>primera alta con «{method}»</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number (from WhatsApp Manager)</source>
        <translation>Calificación de calidad de cada número de WhatsApp (de WhatsApp Manager)</translation>
    </message>
    <message>
        <source>No quality reading entered yet.</source>
        <translation>Aún no se ha anotado ninguna lectura de calidad.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>What came of your WhatsApp messages · {shop}</source>
        <translation>Qué resultó de sus mensajes de WhatsApp · {shop}</translation>
    </message>
    <message>
        <source>Quality report · {shop}</source>
        <translation>Informe de calidad · {shop}</translation>
    </message>
    <message>
        <source>Made {when} by OptIn Desk</source>
        <translation>Hecho el {when} por OptIn Desk</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nada requiere su atención.</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Tasa de bajas según cómo se dieron de alta</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Tasa de bajas según la versión del texto firmada</translation>
    </message>
</context>
<context>
    <name>RecordsProblem</name>
    <message>
        <source>The database server refused the user name or password this computer uses. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>El servidor de base de datos rechazó el usuario o la contraseña que usa este ordenador. No se anotó nada. Pida la dirección correcta a quien configuró el servidor.</translation>
    </message>
    <message>
        <source>The database server has no records of that name. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>El servidor de base de datos no tiene datos con ese nombre. No se anotó nada. Pida la dirección correcta a quien configuró el servidor.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost in the middle. The server keeps a save whole or not at all: check the network, then try again.</source>
        <translation>Se perdió la conexión con el servidor de base de datos a mitad. El servidor guarda todo o nada: revise la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is switched on and that this computer is on the network, then try again. Nothing was recorded.</source>
        <translation>No se puede llegar al servidor de base de datos. Compruebe que está encendido y que este ordenador está en la red, y vuelva a intentarlo. No se anotó nada.</translation>
    </message>
    <message>
        <source>This computer&apos;s database role may not do that: setting up or upgrading the tables, and restoring, are for the records&apos; owner role. Nothing was recorded.</source>
        <translation>El rol de base de datos de este ordenador no puede hacer eso: configurar o actualizar las tablas, y restaurar, corresponden al rol propietario de los datos. No se anotó nada.</translation>
    </message>
    <message>
        <source>The records are being restored from a backup. Nothing was recorded: try again in a moment.</source>
        <translation>Se están restaurando los datos desde una copia de seguridad. No se anotó nada: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The records are busy with another program. Nothing was lost: wait a moment and try again.</source>
        <translation>Los datos están ocupados por otro programa. No se perdió nada: espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was recorded.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a intentarlo; no se anotó nada.</translation>
    </message>
    <message>
        <source>The records file cannot be written. Check that the folder is writable.</source>
        <translation>El archivo de datos no se puede escribir. Compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>The records file cannot be opened. Check that the folder still exists.</source>
        <translation>El archivo de datos no se puede abrir. Compruebe que la carpeta sigue existiendo.</translation>
    </message>
    <message>
        <source>This file is not an OptIn Desk database. Nothing was recorded.</source>
        <translation>Este archivo no es una base de datos de OptIn Desk. No se anotó nada.</translation>
    </message>
    <message>
        <source>The records could not be saved (%s). Nothing was recorded; try again.</source>
        <translation>No se pudieron guardar los datos (%s). No se anotó nada; inténtelo de nuevo.</translation>
    </message>
</context>
</TS>
