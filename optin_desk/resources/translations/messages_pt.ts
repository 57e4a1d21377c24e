<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Anchors</name>
    <message>
        <source>this computer has no signing key yet and the shop has an owner PIN: give --pin (or OPTIN_DESK_PIN) so that the new key is locked by it</source>
        <translation>este computador ainda não tem chave de assinatura e a loja tem PIN do dono: informe --pin (ou OPTIN_DESK_PIN) para que a nova chave fique protegida por ele</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): {key}</source>
        <translation>Chave pública (Ed25519, base64): {key}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {fingerprint}</source>
        <translation>Impressão digital (SHA-256): {fingerprint}</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n event(s), root {root}, head {head}</source>
        <translation>
            <numerusform>Ponto de controle de %n evento, raiz {root}, topo {head}</numerusform>
            <numerusform>Ponto de controle de %n eventos, raiz {root}, topo {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by key {fingerprint}</source>
        <translation>Assinado pela chave {fingerprint}</translation>
    </message>
    <message>
        <source>Not signed: the signing key is locked by the owner PIN (give --pin)</source>
        <translation>Não assinado: a chave de assinatura está protegida pelo PIN do dono (informe --pin)</translation>
    </message>
    <message>
        <source>Written to {path}; also in the log {log}</source>
        <translation>Gravado em {path}; também no log {log}</translation>
    </message>
    <message>
        <source>Kept in the log {log}</source>
        <translation>Guardado no log {log}</translation>
    </message>
    <message>
        <source>note: the proof is not anchored to a signed checkpoint (the signing key is locked by the owner PIN): give --pin so that an auditor can check it with verify-proof</source>
        <translation>observação: a prova não está ancorada a um ponto de controle assinado (a chave de assinatura está protegida pelo PIN do dono): informe --pin para que um auditor possa conferir com verify-proof</translation>
    </message>
    <message>
        <source>{message}; it is signed by another computer&apos;s key, not this one&apos;s: make sure that key is one of your shop&apos;s (&apos;optin-desk public-key&apos; on each computer)</source>
        <translation>{message}; está assinado com a chave de outro computador, não deste: confirme que essa chave é de uma das máquinas da sua loja (&apos;optin-desk public-key&apos; em cada computador)</translation>
    </message>
    <message numerus="yes">
        <source>ok: the ledger holds the %n checkpoint(s) found in {path} ({latest})</source>
        <translation>
            <numerusform>ok: o livro contém o ponto de controle encontrado em {path} ({latest})</numerusform>
            <numerusform>ok: o livro contém os %n pontos de controle encontrados em {path} ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: of the checkpoints found in {path}, %n (was|were) of records a restore replaced (see the notes) and the ledger holds the others ({latest})</source>
        <translation>
            <numerusform>ok: dos pontos de controle encontrados em {path}, %n era de registros que uma restauração substituiu (veja as observações) e o livro contém os outros ({latest})</numerusform>
            <numerusform>ok: dos pontos de controle encontrados em {path}, %n eram de registros que uma restauração substituiu (veja as observações) e o livro contém os outros ({latest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: the %n checkpoint(s) found in {path} (was|were) of records a restore replaced (see the notes); none was taken since</source>
        <translation>
            <numerusform>ok: o ponto de controle encontrado em {path} era de registros que uma restauração substituiu (veja as observações); nenhum foi feito desde então</numerusform>
            <numerusform>ok: os %n pontos de controle encontrados em {path} eram de registros que uma restauração substituiu (veja as observações); nenhum foi feito desde então</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>broken: %n checkpoint(s) found in {path} (is|are) not in the ledger (of {count} in all)</source>
        <translation>
            <numerusform>quebrado: %n ponto de controle encontrado em {path} não está no livro (de {count} no total)</numerusform>
            <numerusform>quebrado: %n pontos de controle encontrados em {path} não estão no livro (de {count} no total)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the latest: %n event(s), made {made}</source>
        <translation>
            <numerusform>o mais recente: %n evento, feito em {made}</numerusform>
            <numerusform>o mais recente: %n eventos, feito em {made}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Check {check}: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Conferência {check}: %n linha de {source} para {kind}</numerusform>
            <numerusform>Conferência {check}: %n linhas de {source} para {kind}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check (not kept: read-only): %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Conferência (não guardada: somente leitura): %n linha de {source} para {kind}</numerusform>
            <numerusform>Conferência (não guardada: somente leitura): %n linhas de {source} para {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>(numbers from column {column})</source>
        <translation>(números da coluna {column})</translation>
    </message>
    <message numerus="yes">
        <source>(%n with an opt-out option)</source>
        <translation>
            <numerusform>(%n com opção de descadastro)</numerusform>
            <numerusform>(%n com opção de descadastro)</numerusform>
        </translation>
    </message>
    <message>
        <source>{language} wording v{version}</source>
        <translation>texto em {language} v{version}</translation>
    </message>
    <message>
        <source>form {serial}</source>
        <translation>formulário {serial}</translation>
    </message>
    <message>
        <source>voids event {event}: {reason}</source>
        <translation>anula o evento {event}: {reason}</translation>
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
        <translation>{action} {scope} ({method}), registrado por {who} em {when}</translation>
    </message>
    <message>
        <source>Set up {shop} ({country}) in {where}</source>
        <translation>{shop} ({country}) configurada em {where}</translation>
    </message>
    <message>
        <source>Opted in {who} to {scopes} ({method}; event {ids})</source>
        <translation>{who} autorizou {scopes} ({method}; evento {ids})</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope} (event {event})</source>
        <translation>{phone} descadastrado de {scope} (evento {event})</translation>
    </message>
    <message>
        <source>Voided event {voided} of {phone} (event {event})</source>
        <translation>Evento {voided} de {phone} anulado (evento {event})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>  (not on file)</source>
        <translation>  (não registrado)</translation>
    </message>
    <message>
        <source>  erased on {day} at the person&apos;s request: blocked from every broadcast until they opt in again</source>
        <translation>  apagado em {day} a pedido da pessoa: bloqueado em todos os disparos até autorizar de novo</translation>
    </message>
    <message>
        <source> since {when}</source>
        <translation> desde {when}</translation>
    </message>
    <message>
        <source> [archived]</source>
        <translation> [arquivado]</translation>
    </message>
    <message>
        <source>  no events on file</source>
        <translation>  nenhum evento registrado</translation>
    </message>
    <message>
        <source>         confirmation: {text}</source>
        <translation>         confirmação: {text}</translation>
    </message>
    <message>
        <source>broken: {finding}</source>
        <translation>quebrado: {finding}</translation>
    </message>
    <message>
        <source>altered: {problem}</source>
        <translation>alterado: {problem}</translation>
    </message>
    <message>
        <source>checked beside the chain: wordings {wordings}, scans {scans}, people whose consent state was refolded {people}</source>
        <translation>conferido ao lado da cadeia: textos {wordings}, digitalizações {scans}, pessoas com estado de consentimento recalculado {people}</translation>
    </message>
    <message>
        <source>broken: {problem}</source>
        <translation>quebrado: {problem}</translation>
    </message>
    <message>
        <source>broken: event {event}: {problem}</source>
        <translation>quebrado: evento {event}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>broken: the earlier head {head} is not in the chain of %n event(s)</source>
        <translation>
            <numerusform>quebrado: o topo anterior {head} não está na cadeia de %n evento</numerusform>
            <numerusform>quebrado: o topo anterior {head} não está na cadeia de %n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok: %n event(s), head {head}</source>
        <translation>
            <numerusform>ok: %n evento, topo {head}</numerusform>
            <numerusform>ok: %n eventos, topo {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the ledger&apos;s append-only guards are missing or off ({names}): the backup was made and checked, but the ledger could have been rewritten; run verify</source>
        <translation>aviso: as proteções de só acréscimo do livro estão faltando ou desligadas ({names}): o backup foi feito e conferido, mas o livro pode ter sido reescrito; execute verify</translation>
    </message>
    <message numerus="yes">
        <source>{source}: {kind}, %n message(s)</source>
        <translation>
            <numerusform>{source}: {kind}, %n mensagem</numerusform>
            <numerusform>{source}: {kind}, %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>observação: {note}</translation>
    </message>
    <message>
        <source> (already read)</source>
        <translation> (já lido)</translation>
    </message>
    <message>
        <source>line {line}: not read: {problem}</source>
        <translation>linha {line}: não lida: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not read</source>
        <translation>
            <numerusform>%n linha não lida</numerusform>
            <numerusform>%n linhas não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n incoming message(s) left aside</source>
        <translation>
            <numerusform>, %n mensagem recebida deixada de lado</numerusform>
            <numerusform>, %n mensagens recebidas deixadas de lado</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to keep: no message status could be read from this report.</source>
        <translation>Nada a guardar: nenhum status de mensagem pôde ser lido neste relatório.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing kept. Run again with --apply to keep %n outcome(s).</source>
        <translation>
            <numerusform>Simulação: nada guardado. Rode de novo com --apply para guardar %n resultado.</numerusform>
            <numerusform>Simulação: nada guardado. Rode de novo com --apply para guardar %n resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: this report was read before.</source>
        <translation>Nada novo: este relatório já foi lido.</translation>
    </message>
    <message>
        <source>Nothing new: this report was read before; nothing added.</source>
        <translation>Nada novo: este relatório já foi lido; nada foi adicionado.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n outcome(s).</source>
        <translation>
            <numerusform>%n resultado guardado.</numerusform>
            <numerusform>%n resultados guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted out of marketing (WhatsApp&apos;s stop button): %n.</source>
        <translation>
            <numerusform>Descadastrados do marketing (botão de parar do WhatsApp): %n.</numerusform>
            <numerusform>Descadastrados do marketing (botão de parar do WhatsApp): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Numbers marked undeliverable: %n.</source>
        <translation>
            <numerusform>Números marcados como sem entrega: %n.</numerusform>
            <numerusform>Números marcados como sem entrega: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back by WhatsApp: %n.</source>
        <translation>
            <numerusform>Retidas pelo WhatsApp: %n.</numerusform>
            <numerusform>Retidas pelo WhatsApp: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n suppressed (person, kind of message) row(s) to {file}</source>
        <translation>
            <numerusform>%n linha bloqueada (pessoa, tipo de mensagem) gravada em {file}</numerusform>
            <numerusform>%n linhas bloqueadas (pessoa, tipo de mensagem) gravadas em {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to {file}</source>
        <translation>
            <numerusform>%n evento gravado em {file}</numerusform>
            <numerusform>%n eventos gravados em {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only file, folder or medium): &apos;{command}&apos; needs to write; nothing was done</source>
        <translation>{where} não pode ser gravado (arquivo, pasta ou mídia somente leitura): &apos;{command}&apos; precisa gravar; nada foi feito</translation>
    </message>
    <message>
        <source>Note: {where} cannot be written; opened read-only</source>
        <translation>Observação: {where} não pode ser gravado; aberto somente para leitura</translation>
    </message>
    <message>
        <source>the output could not be written ({problem})</source>
        <translation>não foi possível gravar a saída ({problem})</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n message(s) as sent</source>
        <translation>
            <numerusform>%n mensagem registrada como enviada</numerusform>
            <numerusform>%n mensagens registradas como enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to {file} (head {head})</source>
        <translation>
            <numerusform>Backup de %n evento feito em {file} (topo {head})</numerusform>
            <numerusform>Backup de %n eventos feito em {file} (topo {head})</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing had changed since the backup of {when} UTC (same ledger head and count, no other change counted): it was reused</source>
        <translation>Nada mudou desde o backup de {when} UTC (mesmo topo do livro e mesma contagem, nenhuma outra mudança): ele foi reaproveitado</translation>
    </message>
    <message>
        <source>Restoring {file}:</source>
        <translation>Restaurando {file}:</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run)</source>
        <translation>Nada foi alterado (--dry-run)</translation>
    </message>
    <message numerus="yes">
        <source>Disconnecting %n other connection(s) to the records (--force)</source>
        <translation>
            <numerusform>Desconectando %n outra conexão aos registros (--force)</numerusform>
            <numerusform>Desconectando %n outras conexões aos registros (--force)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n event(s).</source>
        <translation>
            <numerusform>%n evento restaurado.</numerusform>
            <numerusform>%n eventos restaurados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n opt-out(s).</source>
        <translation>
            <numerusform>%n descadastro reaplicado.</numerusform>
            <numerusform>%n descadastros reaplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-applied %n erasure(s).</source>
        <translation>
            <numerusform>%n apagamento reaplicado.</numerusform>
            <numerusform>%n apagamentos reaplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records hold %n event(s), head {head}.</source>
        <translation>
            <numerusform>Os registros têm %n evento, topo {head}.</numerusform>
            <numerusform>Os registros têm %n eventos, topo {head}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced records are kept in {file}.</source>
        <translation>Os registros substituídos estão guardados em {file}.</translation>
    </message>
    <message>
        <source>The backup&apos;s consent table did not match its ledger (it was edited outside the program): every person&apos;s consent was worked out again from the ledger.</source>
        <translation>A tabela de consentimentos do backup não conferia com o livro dele (foi editada fora do programa): o consentimento de cada pessoa foi recalculado a partir do livro.</translation>
    </message>
    <message>
        <source>{number} was erased on {day}; the number stays blocked</source>
        <translation>{number} foi apagado em {day}; o número continua bloqueado</translation>
    </message>
    <message numerus="yes">
        <source>Erased the name, number and %n scan(s).</source>
        <translation>
            <numerusform>Nome, número e %n digitalização apagados.</numerusform>
            <numerusform>Nome, número e %n digitalizações apagados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (entry stays|entries stay) in the ledger, and the number stays blocked from broadcasts.</source>
        <translation>
            <numerusform>%n registro continua no livro, e o número continua bloqueado para disparos.</numerusform>
            <numerusform>%n registros continuam no livro, e o número continua bloqueado para disparos.</numerusform>
        </translation>
    </message>
    <message>
        <source>the erasure is recorded, but wiping the freed space of the file failed ({problem}): free some disk space, then run &apos;optin-desk erase {number}&apos; again to wipe it</source>
        <translation>o apagamento foi registrado, mas a limpeza do espaço liberado no arquivo falhou ({problem}): libere espaço em disco e rode &apos;optin-desk erase {number}&apos; de novo para limpar</translation>
    </message>
    <message>
        <source>the person is erased from the records, but the server keeps their old row versions while another connection has a transaction open (a computer reading the records): once it ends, run &apos;optin-desk erase {number}&apos; again</source>
        <translation>a pessoa foi apagada dos registros, mas o servidor guarda as versões antigas das linhas dela enquanto outra conexão tiver uma transação aberta (um computador lendo os registros): quando ela terminar, execute &apos;optin-desk erase {number}&apos; de novo</translation>
    </message>
    <message>
        <source>the person is erased from the records, but still readable in the file until another program that has it open (an OptIn Desk window on this computer, or another process) closes it: close it, then run &apos;optin-desk erase {number}&apos; again (or add --wait SECONDS)</source>
        <translation>a pessoa foi apagada dos registros, mas ainda pode ser lida no arquivo até que outro programa que o tem aberto (uma janela do OptIn Desk neste computador, ou outro processo) o feche: feche-o e depois execute &apos;optin-desk erase {number}&apos; de novo (ou acrescente --wait SECONDS)</translation>
    </message>
    <message>
        <source>The server&apos;s old row versions were vacuumed; its own write-ahead log and its backups keep them until they are recycled or deleted.</source>
        <translation>As versões antigas das linhas foram limpas do servidor (vacuum); o log de escrita antecipada (WAL) do próprio servidor e os backups dele ainda as guardam até serem reciclados ou excluídos.</translation>
    </message>
    <message>
        <source>Wiped the freed space of the file again</source>
        <translation>O espaço liberado do arquivo foi limpo de novo</translation>
    </message>
    <message>
        <source>No backups of these records are known to this program.</source>
        <translation>Este programa não conhece nenhum backup destes registros.</translation>
    </message>
    <message>
        <source>  {path}: erased, checked</source>
        <translation>  {path}: apagado, conferido</translation>
    </message>
    <message>
        <source>  {path}: erased, checked; the checkpoint beside it still holds (same ledger)</source>
        <translation>  {path}: apagado, conferido; o ponto de controle ao lado dele continua válido (mesmo livro)</translation>
    </message>
    <message>
        <source>  {path}: the person is not in it</source>
        <translation>  {path}: a pessoa não está nele</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): deleted</source>
        <translation>  {path}: não pôde ser reescrito ({reason}): excluído</translation>
    </message>
    <message>
        <source>  {path}: could not be rewritten ({reason}): it still holds {number}; delete it, or run again with --remove-unerasable</source>
        <translation>  {path}: não pôde ser reescrito ({reason}): ainda contém {number}; exclua-o, ou execute de novo com --remove-unerasable</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>PIN do dono definido</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>PIN do dono removido</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n contact(s)</source>
        <translation>
            <numerusform>{done} de %n contato</numerusform>
            <numerusform>{done} de %n contatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo contact(s).</source>
        <translation>
            <numerusform>%n contato de demonstração adicionado.</numerusform>
            <numerusform>%n contatos de demonstração adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They have %n event(s) in all.</source>
        <translation>
            <numerusform>Eles têm %n evento no total.</numerusform>
            <numerusform>Eles têm %n eventos no total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Nenhum formulário impresso ainda.</translation>
    </message>
    <message>
        <source>Note: not translated into {language}, printed in the shop&apos;s language: {kinds} (set them with &apos;category KEY --language {code}&apos;)</source>
        <translation>Observação: sem tradução para {language}, impresso no idioma da loja: {kinds} (defina com &apos;category KEY --language {code}&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s) in {language} (wording v{version}, {paper}) to {file}: serials {first} … {last}</source>
        <translation>
            <numerusform>%n formulário impresso em {language} (texto v{version}, {paper}) em {file}: séries {first} … {last}</numerusform>
            <numerusform>%n formulários impressos em {language} (texto v{version}, {paper}) em {file}: séries {first} … {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proof of consent for {phone} (%n (entry|entries)) written to {file}; ledger head {head}</source>
        <translation>
            <numerusform>Prova de consentimento de {phone} (%n registro) gravada em {file}; topo do livro {head}</numerusform>
            <numerusform>Prova de consentimento de {phone} (%n registros) gravada em {file}; topo do livro {head}</numerusform>
        </translation>
    </message>
    <message>
        <source>Its JSON proof, for an auditor to check with verify-proof: {file}</source>
        <translation>A prova JSON correspondente, para um auditor verificar com verify-proof: {file}</translation>
    </message>
    <message numerus="yes">
        <source>batch {batch}: {when} by {who}, %n form(s) in {language} (wording v{version}, {paper})</source>
        <translation>
            <numerusform>lote {batch}: {when} por {who}, %n formulário em {language} (texto v{version}, {paper})</numerusform>
            <numerusform>lote {batch}: {when} por {who}, %n formulários em {language} (texto v{version}, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <source>for {name}</source>
        <translation>para {name}</translation>
    </message>
    <message>
        <source>{returned} returned, {outstanding} outstanding</source>
        <translation>{returned} devolvidos, {outstanding} pendentes</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s):</source>
        <translation>
            <numerusform>%n linha:</numerusform>
            <numerusform>%n linhas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add,</source>
        <translation>
            <numerusform>%n a adicionar,</numerusform>
            <numerusform>%n a adicionar,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (would undo an opt-out),</source>
        <translation>
            <numerusform>%n pulada (desfaria um descadastro),</numerusform>
            <numerusform>%n puladas (desfariam um descadastro),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded,</source>
        <translation>
            <numerusform>%n já registrada,</numerusform>
            <numerusform>%n já registradas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n inválida</numerusform>
            <numerusform>%n inválidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (erased on request)</source>
        <translation>
            <numerusform>%n recusada (apagada a pedido)</numerusform>
            <numerusform>%n recusadas (apagadas a pedido)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (paper form(s) without a serial)</source>
        <translation>
            <numerusform>%n recusada (formulário em papel sem número de série)</numerusform>
            <numerusform>%n recusadas (formulários em papel sem número de série)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n event(s) and every other record to {where}</source>
        <translation>
            <numerusform>%n evento e todos os outros registros movidos para {where}</numerusform>
            <numerusform>%n eventos e todos os outros registros movidos para {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head on both sides: {head}</source>
        <translation>Topo do livro nos dois lados: {head}</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) copied to {folder}</source>
        <translation>
            <numerusform>%n digitalização copiada para {folder}</numerusform>
            <numerusform>%n digitalizações copiadas para {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Point every computer at it: optin-desk --db URL, or set OPTIN_DESK_DB=URL</source>
        <translation>Aponte todos os computadores para ele: optin-desk --db URL, ou defina OPTIN_DESK_DB=URL</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(sem número)</translation>
    </message>
    <message>
        <source>skipped: {problem}</source>
        <translation>pulado: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {who}: “{message}” → {verdict} ({why})</source>
        <translation>linha {row}: {who}: “{message}” → {verdict} ({why})</translation>
    </message>
    <message numerus="yes">
        <source>%n (reply|replies):</source>
        <translation>
            <numerusform>%n resposta:</numerusform>
            <numerusform>%n respostas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-out(s),</source>
        <translation>
            <numerusform>%n descadastro claro,</numerusform>
            <numerusform>%n descadastros claros,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for a person to decide,</source>
        <translation>
            <numerusform>%n para uma pessoa decidir,</numerusform>
            <numerusform>%n para uma pessoa decidir,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in request(s),</source>
        <translation>
            <numerusform>%n pedido de autorização,</numerusform>
            <numerusform>%n pedidos de autorização,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n pulada</numerusform>
            <numerusform>%n puladas</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the opt-outs.</source>
        <translation>Simulação: nada registrado. Rode de novo com --apply para registrar os descadastros.</translation>
    </message>
    <message>
        <source>No clear opt-outs to record.</source>
        <translation>Nenhum descadastro claro para registrar.</translation>
    </message>
    <message>
        <source>Opted out {phone} of {scope}; confirmation to send:</source>
        <translation>{phone} descadastrado de {scope}; confirmação a enviar:</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n opt-out(s).</source>
        <translation>
            <numerusform>%n descadastro registrado.</numerusform>
            <numerusform>%n descadastros registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their confirmations wait in the app&apos;s Opt-outs page until marked sent.</source>
        <translation>As confirmações esperam na página Descadastros do app até serem marcadas como enviadas.</translation>
    </message>
    <message>
        <source>row {row}:</source>
        <translation>linha {row}:</translation>
    </message>
    <message>
        <source>Dry run: nothing recorded. Run again with --apply to record the rows to add.</source>
        <translation>Simulação: nada registrado. Rode de novo com --apply para registrar as linhas a adicionar.</translation>
    </message>
    <message>
        <source>--apply refuses the file while a row is invalid: fix those rows, or add --skip-invalid to record the others.</source>
        <translation>--apply recusa o arquivo enquanto houver linha inválida: corrija essas linhas, ou adicione --skip-invalid para registrar as outras.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) (method: imported).</source>
        <translation>
            <numerusform>%n registro importado (método: importado).</numerusform>
            <numerusform>%n registros importados (método: importado).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Observação: {note}</translation>
    </message>
    <message>
        <source>Wrote {file}:</source>
        <translation>{file} gravado:</translation>
    </message>
    <message numerus="yes">
        <source>%n broadcast(s),</source>
        <translation>
            <numerusform>%n disparo,</numerusform>
            <numerusform>%n disparos,</numerusform>
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
        <translation>Leitura de {day} guardada.</translation>
    </message>
    <message>
        <source>That reading was already kept.</source>
        <translation>Essa leitura já estava guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n new reading(s).</source>
        <translation>
            <numerusform>%n leitura nova guardada.</numerusform>
            <numerusform>%n leituras novas guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>, limit {limit}</source>
        <translation>, limite {limit}</translation>
    </message>
    <message>
        <source>{sender} on {day}: quality {rating}, {status}{limit}</source>
        <translation>{sender} em {day}: qualidade {rating}, {status}{limit}</translation>
    </message>
    <message>
        <source>broadcast {check} ({file}, {day}):</source>
        <translation>disparo {check} ({file}, {day}):</translation>
    </message>
    <message numerus="yes">
        <source>%n sent;</source>
        <translation>
            <numerusform>%n enviada;</numerusform>
            <numerusform>%n enviadas;</numerusform>
        </translation>
    </message>
    <message>
        <source>no delivery report</source>
        <translation>sem relatório de entrega</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) within 7 days</source>
        <translation>
            <numerusform>%n descadastro em até 7 dias</numerusform>
            <numerusform>%n descadastros em até 7 dias</numerusform>
        </translation>
    </message>
    <message>
        <source>opted in by {method}:</source>
        <translation>autorização na forma “{method}”:</translation>
    </message>
    <message numerus="yes">
        <source>%n (person|people),</source>
        <translation>
            <numerusform>%n pessoa,</numerusform>
            <numerusform>%n pessoas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out since</source>
        <translation>
            <numerusform>%n descadastrada desde então</numerusform>
            <numerusform>%n descadastradas desde então</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>aviso: {warning}</translation>
    </message>
    <message>
        <source>Wrote the records key ({id}) to {path}: carry it to the other computer, run &apos;optin-desk records-key --import FILE&apos; there, then delete the file</source>
        <translation>A chave dos registros ({id}) foi gravada em {path}: leve-a ao outro computador, execute lá &apos;optin-desk records-key --import FILE&apos; e depois exclua o arquivo</translation>
    </message>
    <message>
        <source>Kept the records key ({id}) in {path}</source>
        <translation>A chave dos registros ({id}) foi guardada em {path}</translation>
    </message>
    <message>
        <source>{prog}: {problem} (see &apos;{prog} --help&apos;)</source>
        <translation>{prog}: {problem} (veja &apos;{prog} --help&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>Check {check}, kept {when} UTC: %n row(s) of {source} for {kind}</source>
        <translation>
            <numerusform>Conferência {check}, guardada em {when} UTC: %n linha de {source} para {kind}</numerusform>
            <numerusform>Conferência {check}, guardada em {when} UTC: %n linhas de {source} para {kind}</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as sent on {day}.</source>
        <translation>Registrada como enviada em {day}.</translation>
    </message>
    <message>
        <source>No check was kept yet.</source>
        <translation>Nenhuma conferência foi guardada ainda.</translation>
    </message>
    <message numerus="yes">
        <source>{check}  {when} UTC  {file}  {kind}  %n row(s)</source>
        <translation>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n linha</numerusform>
            <numerusform>{check}  {when} UTC  {file}  {kind}  %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>enviada em {day}</translation>
    </message>
    <message>
        <source>{key} in {language}: {label} ({language} wording v{version})</source>
        <translation>{key} em {language}: {label} (texto em {language} v{version})</translation>
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
        <translation>faltam argumentos obrigatórios: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>é preciso um destes argumentos: {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos não reconhecidos: {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opção ambígua: {option} pode ser {matches}</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>não pode ser usado junto com {argument}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>não aceita valor: {value}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>era esperado um valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>era esperado no máximo um valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>era esperado pelo menos um valor</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>não é um número inteiro: {value}</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>valor inválido para {type}: {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>valor inválido: {value} (escolha entre {choices})</translation>
    </message>
    <message>
        <source>unknown parser {command} (choices: {choices})</source>
        <translation>comando desconhecido: {command} (opções: {choices})</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>this computer&apos;s public signing key</source>
        <translation>a chave pública de assinatura deste computador</translation>
    </message>
    <message>
        <source>take a signed checkpoint of the ledger (kept away, it anchors it)</source>
        <translation>cria um ponto de controle assinado do livro (guardado em outro lugar, ele o ancora)</translation>
    </message>
    <message>
        <source>also write it to this file or folder</source>
        <translation>gravar também neste arquivo ou pasta</translation>
    </message>
    <message>
        <source>check a proof JSON on its own (no database needed)</source>
        <translation>verifica uma prova JSON sozinha (sem banco de dados)</translation>
    </message>
    <message>
        <source>the shop&apos;s public key (base64) or its fingerprint</source>
        <translation>a chave pública da loja (base64) ou sua impressão digital</translation>
    </message>
    <message>
        <source>the number printed for people to reach the shop</source>
        <translation>o número impresso para as pessoas falarem com a loja</translation>
    </message>
    <message>
        <source>an e-mail printed on forms</source>
        <translation>um e-mail impresso nos formulários</translation>
    </message>
    <message>
        <source>where the privacy notice is (a URL or a line)</source>
        <translation>onde está o aviso de privacidade (uma URL ou uma linha)</translation>
    </message>
    <message>
        <source>years the records are kept after a person opts out (default 3)</source>
        <translation>anos que os registros são guardados depois que a pessoa se descadastra (padrão 3)</translation>
    </message>
    <message>
        <source>where the records are kept (default: this computer, or the shop&apos;s server)</source>
        <translation>onde os registros são guardados (padrão: este computador ou o servidor da loja)</translation>
    </message>
    <message>
        <source>who else receives numbers and messages, separated by &apos;;&apos; (default: Meta Platforms, as the provider of WhatsApp)</source>
        <translation>quem mais recebe números e mensagens, separados por &apos;;&apos; (padrão: Meta Platforms, como provedora do WhatsApp)</translation>
    </message>
    <message>
        <source>set a category&apos;s label and description in one language</source>
        <translation>define o rótulo e a descrição de uma categoria em um idioma</translation>
    </message>
    <message>
        <source>the category&apos;s key, e.g. offers</source>
        <translation>a chave da categoria, ex.: offers</translation>
    </message>
    <message>
        <source>its label</source>
        <translation>o rótulo</translation>
    </message>
    <message>
        <source>its description</source>
        <translation>a descrição</translation>
    </message>
    <message>
        <source>erase a person&apos;s name, number and scans</source>
        <translation>apaga o nome, o número e as digitalizações de uma pessoa</translation>
    </message>
    <message>
        <source>how long to wait for other programs reading the records before saying who still holds them (default 10)</source>
        <translation>quanto esperar por outros programas que leem os registros antes de dizer quem ainda os mantém abertos (padrão 10)</translation>
    </message>
    <message>
        <source>also erase the person from every backup this program knows of</source>
        <translation>apagar a pessoa também de todos os backups que este programa conhece</translation>
    </message>
    <message>
        <source>with --from-backups: delete a backup that cannot be rewritten (a server&apos;s dump, a damaged file) instead of keeping it</source>
        <translation>com --from-backups: excluir o backup que não pode ser regravado (dump de um servidor, arquivo danificado) em vez de mantê-lo</translation>
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
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra esta ajuda e sai</translation>
    </message>
    <message>
        <source>who records it (default: the name this computer remembers, else your login)</source>
        <translation>quem registra (padrão: o nome que este computador lembra; senão, seu usuário)</translation>
    </message>
    <message>
        <source>the person&apos;s WhatsApp number, in any usual format</source>
        <translation>o número de WhatsApp da pessoa, em qualquer formato comum</translation>
    </message>
    <message>
        <source>print JSON instead of lines of text</source>
        <translation>mostra JSON em vez de linhas de texto</translation>
    </message>
    <message>
        <source>the language of messages: {languages} (default: the system&apos;s)</source>
        <translation>o idioma das mensagens: {languages} (padrão: o do sistema)</translation>
    </message>
    <message>
        <source>Keep the WhatsApp consent records of a small shop. Without a command, the desktop window opens.</source>
        <translation>Guarda os registros de consentimento do WhatsApp de uma pequena loja. Sem um comando, a janela do programa abre.</translation>
    </message>
    <message>
        <source>database file or URL (default: OPTIN_DESK_DB, else the user data folder)</source>
        <translation>arquivo ou URL do banco de dados (padrão: OPTIN_DESK_DB; senão, a pasta de dados do usuário)</translation>
    </message>
    <message>
        <source>the owner PIN, for settings, erase, restore, backup, export, suppression and voiding an opt-out (or OPTIN_DESK_PIN)</source>
        <translation>o PIN do dono, para configurações, apagar, restaurar, backup, exportar, lista de supressão e anular um descadastro (ou OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>create the database and the business profile</source>
        <translation>cria o banco de dados e o perfil da loja</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>o nome da loja</translation>
    </message>
    <message>
        <source>default country, e.g. GB</source>
        <translation>país padrão, ex.: BR</translation>
    </message>
    <message>
        <source>a WhatsApp number</source>
        <translation>um número de WhatsApp</translation>
    </message>
    <message>
        <source>service or marketing</source>
        <translation>service ou marketing</translation>
    </message>
    <message>
        <source>the shop&apos;s address, printed on forms</source>
        <translation>o endereço da loja, impresso nos formulários</translation>
    </message>
    <message>
        <source>default language of wordings</source>
        <translation>idioma padrão dos textos</translation>
    </message>
    <message>
        <source>a staff name offered in &apos;Recorded by&apos;</source>
        <translation>um nome da equipe oferecido em &quot;Registrado por&quot;</translation>
    </message>
    <message>
        <source>record an opt-in</source>
        <translation>registra uma autorização</translation>
    </message>
    <message>
        <source>a category key, marketing or all; repeat for more</source>
        <translation>uma chave de categoria, marketing ou all; repita para mais</translation>
    </message>
    <message>
        <source>how the person agreed</source>
        <translation>como a pessoa autorizou</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>o nome da pessoa</translation>
    </message>
    <message>
        <source>ISO date or date-time (default: now); a date alone is that day</source>
        <translation>data ou data e hora ISO (padrão: agora); uma data sozinha é aquele dia</translation>
    </message>
    <message>
        <source>serial of the signed paper form (a paper_form opt-in needs it)</source>
        <translation>número de série do formulário em papel assinado (uma autorização paper_form precisa dele)</translation>
    </message>
    <message>
        <source>the form was printed elsewhere: keep its serial as typed, with a note</source>
        <translation>o formulário foi impresso em outro lugar: guardar o número de série como digitado, com uma nota</translation>
    </message>
    <message>
        <source>scan of the signed form</source>
        <translation>digitalização do formulário assinado</translation>
    </message>
    <message>
        <source>a note kept with the record</source>
        <translation>uma nota guardada com o registro</translation>
    </message>
    <message>
        <source>language of the wording shown</source>
        <translation>idioma do texto mostrado</translation>
    </message>
    <message>
        <source>record though the clock is behind the last record (the clock was checked)</source>
        <translation>registrar mesmo com o relógio atrás do último registro (o relógio foi conferido)</translation>
    </message>
    <message>
        <source>the number was erased on request: this is the person&apos;s own new consent</source>
        <translation>o número foi apagado a pedido: esta é uma nova autorização da própria pessoa</translation>
    </message>
    <message>
        <source>record an opt-out; prints the confirmation</source>
        <translation>registra um descadastro; mostra a confirmação</translation>
    </message>
    <message>
        <source>what stops: one category, all marketing, or everything</source>
        <translation>o que para: uma categoria, todo o marketing ou tudo</translation>
    </message>
    <message>
        <source>how the opt-out came</source>
        <translation>como o descadastro chegou</translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation>as palavras da própria pessoa</translation>
    </message>
    <message>
        <source>why, if the person said</source>
        <translation>por quê, se a pessoa disse</translation>
    </message>
    <message>
        <source>language of the confirmation</source>
        <translation>idioma da confirmação</translation>
    </message>
    <message>
        <source>when the confirmation went out (else: pending)</source>
        <translation>quando a confirmação foi enviada (senão: pendente)</translation>
    </message>
    <message>
        <source>void a mistaken event, with a reason</source>
        <translation>anula um evento errado, com um motivo</translation>
    </message>
    <message>
        <source>the number of the event, as history shows it</source>
        <translation>o número do evento, como history mostra</translation>
    </message>
    <message>
        <source>why the event was a mistake (kept)</source>
        <translation>por que o evento foi um erro (fica guardado)</translation>
    </message>
    <message>
        <source>current consent of a number</source>
        <translation>a autorização atual de um número</translation>
    </message>
    <message>
        <source>every event of a number, oldest first</source>
        <translation>todos os eventos de um número, do mais antigo ao mais recente</translation>
    </message>
    <message>
        <source>recompute the ledger&apos;s hash chain</source>
        <translation>recalcula a cadeia de hashes do livro</translation>
    </message>
    <message>
        <source>an earlier head that must be in the chain</source>
        <translation>uma impressão anterior que deve estar na cadeia</translation>
    </message>
    <message>
        <source>a checkpoint file, or a folder (a backup stick) searched for them: each must be in the ledger</source>
        <translation>um arquivo de ponto de controle, ou uma pasta (um pen drive de backup) onde procurá-los: cada um deve estar no livro</translation>
    </message>
    <message>
        <source>every finding, as JSON</source>
        <translation>cada constatação, em JSON</translation>
    </message>
    <message>
        <source>every event to a CSV file</source>
        <translation>todos os eventos para um arquivo CSV</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>o arquivo CSV a gravar</translation>
    </message>
    <message>
        <source>check a recipient list before a broadcast</source>
        <translation>confere uma lista de destinatários antes de um disparo</translation>
    </message>
    <message>
        <source>CSV, text, .xlsx or .vcf; - reads stdin</source>
        <translation>CSV, texto, .xlsx ou .vcf; - lê a entrada padrão</translation>
    </message>
    <message>
        <source>the kind of message to be sent</source>
        <translation>a categoria da mensagem a enviar</translation>
    </message>
    <message>
        <source>the column holding the numbers</source>
        <translation>a coluna com os números</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook</source>
        <translation>a planilha de uma pasta de trabalho do Excel</translation>
    </message>
    <message>
        <source>every row with its verdict</source>
        <translation>cada linha com seu veredito</translation>
    </message>
    <message>
        <source>the rows that may be sent to</source>
        <translation>as linhas que podem receber o envio</translation>
    </message>
    <message>
        <source>record send rows as messaged</source>
        <translation>registrar as linhas &quot;send&quot; como enviadas</translation>
    </message>
    <message>
        <source>with --record-sent: when it went out (default: now)</source>
        <translation>com --record-sent: quando foi enviado (padrão: agora)</translation>
    </message>
    <message>
        <source>copy the records to a file or folder</source>
        <translation>copia os registros para um arquivo ou pasta</translation>
    </message>
    <message>
        <source>a file, or a folder (a USB stick)</source>
        <translation>um arquivo ou uma pasta (um pen drive)</translation>
    </message>
    <message>
        <source>replace the records with a backup</source>
        <translation>substitui os registros por um backup</translation>
    </message>
    <message>
        <source>the backup file to restore from</source>
        <translation>o arquivo de backup a restaurar</translation>
    </message>
    <message>
        <source>only list what would be lost and re-applied</source>
        <translation>apenas listar o que seria perdido e reaplicado</translation>
    </message>
    <message>
        <source>replace the records even with a backup that is not a copy of them (owner PIN)</source>
        <translation>substituir os registros mesmo por um backup que não é cópia deles (PIN do dono)</translation>
    </message>
    <message>
        <source>on a server: disconnect other computers&apos; open connections to swap the restore in</source>
        <translation>em um servidor: desconectar as conexões abertas de outros computadores para colocar o backup restaurado</translation>
    </message>
    <message>
        <source>set, change (with --pin) or remove (&apos;&apos;) the owner PIN</source>
        <translation>define, troca (com --pin) ou remove (&apos;&apos;) o PIN do dono</translation>
    </message>
    <message>
        <source>the new PIN, or &apos;&apos; to remove it</source>
        <translation>o novo PIN, ou &apos;&apos; para removê-lo</translation>
    </message>
    <message>
        <source>everyone opted out of something, to a CSV file</source>
        <translation>todos que se descadastraram de algo, para um arquivo CSV</translation>
    </message>
    <message>
        <source>print serialised consent forms to a PDF</source>
        <translation>imprime formulários de consentimento numerados em um PDF</translation>
    </message>
    <message>
        <source>how many forms</source>
        <translation>quantos formulários</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>o arquivo PDF a gravar</translation>
    </message>
    <message>
        <source>en, es, pt, fr, de, id, hi or ar</source>
        <translation>en, es, pt, fr, de, id, hi ou ar</translation>
    </message>
    <message>
        <source>default: from the country</source>
        <translation>padrão: conforme o país</translation>
    </message>
    <message>
        <source>pre-filled, one form</source>
        <translation>um formulário, já preenchido</translation>
    </message>
    <message>
        <source>list printed batches instead</source>
        <translation>em vez disso, listar os lotes impressos</translation>
    </message>
    <message>
        <source>proof of consent for a number (PDF or JSON)</source>
        <translation>comprovante de consentimento de um número (PDF ou JSON)</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .json</source>
        <translation>o arquivo a gravar: .pdf ou .json</translation>
    </message>
    <message>
        <source>read a batch of customer replies; --apply records the clear opt-outs</source>
        <translation>lê um lote de respostas de clientes; --apply registra os descadastros claros</translation>
    </message>
    <message>
        <source>CSV, text or .xlsx: number and message</source>
        <translation>CSV, texto ou .xlsx: número e mensagem</translation>
    </message>
    <message>
        <source>record the clear opt-outs</source>
        <translation>registrar os descadastros claros</translation>
    </message>
    <message>
        <source>consent records from another tool (a dry run unless --apply)</source>
        <translation>registros de consentimento de outra ferramenta (só simulação, a menos que use --apply)</translation>
    </message>
    <message>
        <source>CSV or .xlsx: number, scope, action, date</source>
        <translation>CSV ou .xlsx: número, escopo, ação, data</translation>
    </message>
    <message>
        <source>record the rows to add</source>
        <translation>registrar as linhas a adicionar</translation>
    </message>
    <message>
        <source>with --apply: record the valid rows only</source>
        <translation>com --apply: registrar apenas as linhas válidas</translation>
    </message>
    <message>
        <source>read a delivery report (a dry run unless --apply)</source>
        <translation>lê um relatório de entrega (só simulação, a menos que use --apply)</translation>
    </message>
    <message>
        <source>CSV, .xlsx or webhook JSON lines</source>
        <translation>CSV, .xlsx ou linhas JSON de webhook</translation>
    </message>
    <message>
        <source>keep it and act on its errors</source>
        <translation>guardá-lo e agir sobre os erros</translation>
    </message>
    <message>
        <source>fill the database with realistic demo records</source>
        <translation>preenche o banco de dados com registros de demonstração realistas</translation>
    </message>
    <message>
        <source>how many people (default 500)</source>
        <translation>quantas pessoas (padrão 500)</translation>
    </message>
    <message>
        <source>copy the records into an empty PostgreSQL db</source>
        <translation>copia os registros para um banco PostgreSQL vazio</translation>
    </message>
    <message>
        <source>render every page of the window to PNG</source>
        <translation>gera cada página da janela em PNG</translation>
    </message>
    <message>
        <source>the folder for the pictures</source>
        <translation>a pasta para as imagens</translation>
    </message>
    <message>
        <source>the window&apos;s language, e.g. es or ar</source>
        <translation>o idioma da janela, ex.: es ou ar</translation>
    </message>
    <message>
        <source>the quality log, what came of each broadcast, and warnings</source>
        <translation>o registro de qualidade, o resultado de cada disparo e os alertas</translation>
    </message>
    <message>
        <source>messaging limit shown</source>
        <translation>limite de mensagens exibido</translation>
    </message>
    <message>
        <source>the day it was read (today)</source>
        <translation>o dia em que foi lido (hoje)</translation>
    </message>
    <message>
        <source>a one-page PDF report for the owner</source>
        <translation>um relatório PDF de uma página para o dono</translation>
    </message>
    <message>
        <source>carry the records key (kept outside the database) to another computer</source>
        <translation>leva a chave dos registros (guardada fora do banco de dados) para outro computador</translation>
    </message>
    <message>
        <source>write this computer&apos;s key to FILE</source>
        <translation>gravar a chave deste computador em FILE</translation>
    </message>
    <message>
        <source>keep the key read from FILE</source>
        <translation>guardar a chave lida de FILE</translation>
    </message>
    <message>
        <source>the checks kept; with a number, that check&apos;s rows written out again</source>
        <translation>as conferências guardadas; com um número, as linhas dessa conferência escritas de novo</translation>
    </message>
    <message>
        <source>the number of a kept check</source>
        <translation>o número de uma conferência guardada</translation>
    </message>
    <message>
        <source>every row with its verdict, as it was judged</source>
        <translation>cada linha com o resultado, como foi avaliada</translation>
    </message>
    <message>
        <source>the rows that were found fit to be sent to</source>
        <translation>as linhas para as quais se podia enviar</translation>
    </message>
</context>
<context>
    <name>CliWords</name>
    <message>
        <source>paper form</source>
        <translation>formulário em papel</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>pessoalmente</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>ligação telefônica</translation>
    </message>
    <message>
        <source>phone menu (IVR)</source>
        <translation>menu telefônico (URA)</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>in a WhatsApp chat</source>
        <translation>em uma conversa no WhatsApp</translation>
    </message>
    <message>
        <source>at the till</source>
        <translation>no caixa</translation>
    </message>
    <message>
        <source>sign-up form</source>
        <translation>formulário de cadastro</translation>
    </message>
    <message>
        <source>click-to-WhatsApp ad</source>
        <translation>anúncio de clique para WhatsApp</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>resposta no WhatsApp</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>botão de parar do WhatsApp</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>autorizou</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>descadastrado</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>sem consentimento</translation>
    </message>
    <message>
        <source>opt-in</source>
        <translation>autorização</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>descadastro</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulação</translation>
    </message>
    <message>
        <source>service</source>
        <translation>serviço</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>todas as mensagens</translation>
    </message>
    <message>
        <source>all marketing messages</source>
        <translation>todas as mensagens de marketing</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sem consentimento</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrado</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Número inválido</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Too soon again</source>
        <translation>Cedo demais</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>sinalizado</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restrito</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemão</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonésio</translation>
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
            <numerusform>%n enviada</numerusform>
            <numerusform>%n enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n entregue</numerusform>
            <numerusform>%n entregues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n lida</numerusform>
            <numerusform>%n lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
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
        <translation>a adicionar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pulado</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>já registrado</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>opt-in request (staff confirm in the app)</source>
        <translation>pedido de autorização (a equipe confirma no app)</translation>
    </message>
    <message>
        <source>a person decides</source>
        <translation>uma pessoa decide</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>nada a registrar</translation>
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
        <translation>uma autorização em formulário em papel indica o seu formulário: informe com --serial o número de série impresso no alto do formulário (um formulário impresso em outro lugar: o número que ele traz, com --other-print-run)</translation>
    </message>
    <message>
        <source>--sent-at goes with --record-sent</source>
        <translation>--sent-at acompanha --record-sent</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>não foi possível ler {file}: {problem}</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not consent records</source>
        <translation>{name} contém cartões de contato, não registros de consentimento</translation>
    </message>
    <message>
        <source>--contacts must be between 1 and 1000000</source>
        <translation>--contacts deve estar entre 1 e 1000000</translation>
    </message>
    <message>
        <source>demo needs --db: demo records go into a database of their own, never the default one</source>
        <translation>demo precisa de --db: registros de demonstração vão para um banco de dados próprio, nunca para o padrão</translation>
    </message>
    <message>
        <source>cannot create {folder}: {problem}</source>
        <translation>não foi possível criar {folder}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>these records hold %n (person who is not a demo record|people who are not demo records): demo data goes into a database of its own (--db demo.sqlite3)</source>
        <translation>
            <numerusform>estes registros têm %n pessoa que não é registro de demonstração: dados de demonstração vão para um banco de dados próprio (--db demo.sqlite3)</numerusform>
            <numerusform>estes registros têm %n pessoas que não são registros de demonstração: dados de demonstração vão para um banco de dados próprio (--db demo.sqlite3)</numerusform>
        </translation>
    </message>
    <message>
        <source>name the category by its key</source>
        <translation>indique a categoria pela chave</translation>
    </message>
    <message>
        <source>say where to write the forms: --out FILE.pdf</source>
        <translation>diga onde gravar os formulários: --out FILE.pdf</translation>
    </message>
    <message>
        <source>the forms are a PDF: name the file FILE.pdf</source>
        <translation>os formulários são um PDF: dê ao arquivo o nome FILE.pdf</translation>
    </message>
    <message>
        <source>move-to moves a shop&apos;s SQLite file: give it with --db FILE</source>
        <translation>move-to move o arquivo SQLite de uma loja: informe-o com --db FILE</translation>
    </message>
    <message>
        <source>--out {out!r}: the report is a PDF; name it FILE.pdf</source>
        <translation>--out {out!r}: o relatório é um PDF; dê o nome FILE.pdf</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>a pasta {parent} não existe</translation>
    </message>
    <message>
        <source>quality add needs the sender number and --rating</source>
        <translation>quality add precisa do número remetente e de --rating</translation>
    </message>
    <message>
        <source>--on {on!r} is not a date (YYYY-MM-DD)</source>
        <translation>--on {on!r} não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>quality import needs a CSV or .xlsx file</source>
        <translation>quality import precisa de um arquivo CSV ou .xlsx</translation>
    </message>
    <message>
        <source>{name} holds more than {megabytes}: a list can be at most that big; split it into smaller lists</source>
        <translation>{name} tem mais de {megabytes}: uma lista pode ter no máximo esse tamanho; divida em listas menores</translation>
    </message>
    <message>
        <source>{name} is not a text list, a spreadsheet or a vCard file (it holds NUL bytes)</source>
        <translation>{name} não é uma lista de texto, uma planilha nem um arquivo vCard (contém bytes NUL)</translation>
    </message>
    <message>
        <source>a line of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>uma linha de {name} tem mais de {kilobytes} KiB: isto não é uma lista de pessoas</translation>
    </message>
    <message>
        <source>line {line} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>a linha {line} de {name} tem mais de {most} colunas: isto não é uma lista de pessoas</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: split it into smaller lists</source>
        <translation>{name} tem mais de {most:,} linhas: divida em listas menores</translation>
    </message>
    <message>
        <source>a cell near line {line} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>uma célula perto da linha {line} de {name} tem mais de {kilobytes} KiB: isto não é uma lista de pessoas</translation>
    </message>
    <message>
        <source>line {line} of {name} cannot be read: {error}</source>
        <translation>a linha {line} de {name} não pode ser lida: {error}</translation>
    </message>
    <message>
        <source>no column of phone numbers was found: name it with --column (the columns are: {headers})</source>
        <translation>nenhuma coluna de números de telefone foi encontrada: indique-a com --column (as colunas são: {headers})</translation>
    </message>
    <message>
        <source>there is no column {column!r}; the columns are: {known}</source>
        <translation>não há coluna {column!r}; as colunas são: {known}</translation>
    </message>
    <message>
        <source>there is no column {name_column!r}</source>
        <translation>não há coluna {name_column!r}</translation>
    </message>
    <message>
        <source>{source} has no status column (sent, delivered, read, failed); the columns are: {columns}</source>
        <translation>{source} não tem coluna de status (sent, delivered, read, failed); as colunas são: {columns}</translation>
    </message>
    <message>
        <source>dates read day first</source>
        <translation>datas lidas com o dia primeiro</translation>
    </message>
    <message>
        <source>dates read month first</source>
        <translation>datas lidas com o mês primeiro</translation>
    </message>
    <message>
        <source>status {status!r} is not one of sent, delivered, read, failed</source>
        <translation>o status {status!r} não é nenhum de sent, delivered, read, failed</translation>
    </message>
    <message>
        <source>the time {time!r} cannot be read</source>
        <translation>não é possível ler o horário {time!r}</translation>
    </message>
    <message>
        <source>no error code column: a failed message&apos;s reason cannot be read, so a person who stopped marketing messages (131050) is not recognised; the columns are: {columns}</source>
        <translation>não há coluna de código de erro: o motivo de uma mensagem que falhou não pode ser lido, então quem parou as mensagens de marketing (131050) não é reconhecido; as colunas são: {columns}</translation>
    </message>
    <message>
        <source>this line is not JSON</source>
        <translation>esta linha não é JSON</translation>
    </message>
    <message>
        <source>status {status!r} is not known</source>
        <translation>o status {status!r} é desconhecido</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB: split it</source>
        <translation>{name} tem mais de {megabytes} MB: divida o arquivo</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>não foi possível ler {name}: {problem}</translation>
    </message>
    <message>
        <source>webhook JSON lines</source>
        <translation>linhas JSON de webhook</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not a delivery report</source>
        <translation>{name} contém cartões de contato, não um relatório de entrega</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>pasta de trabalho do Excel</translation>
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
        <translation>a declaração de consentimento com tantos tipos de mensagem não cabe em uma página; arquive alguns tipos de mensagem ou encurte as descrições</translation>
    </message>
    <message>
        <source>{path} is a folder: choose the list file in it</source>
        <translation>{path} é uma pasta: escolha o arquivo da lista dentro dela</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder</source>
        <translation>{path} não existe; confira o nome e a pasta</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a list can be at most {most} MB: split it into smaller lists</source>
        <translation>{name} tem {megabytes:.0f} MB; uma lista pode ter no máximo {most} MB: divida em listas menores</translation>
    </message>
    <message>
        <source>{name} is a zip file (an Excel workbook?): give it as a file, by its name</source>
        <translation>{name} é um arquivo zip (uma pasta de trabalho do Excel?): informe-o como arquivo, pelo nome</translation>
    </message>
    <message>
        <source>no line starts with a phone number: these are not replies; give lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>nenhuma linha começa com um número de telefone: isto não são respostas; dê linhas como &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>there are no replies: paste lines such as &apos;+34 612 345 678: BAJA&apos;</source>
        <translation>não há respostas: cole linhas como &apos;+34 612 345 678: BAJA&apos;</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not replies</source>
        <translation>{name} contém cartões de contato, não respostas</translation>
    </message>
    <message>
        <source>{name} needs a phone column and a message column</source>
        <translation>{name} precisa de uma coluna de telefone e uma coluna de mensagem</translation>
    </message>
    <message>
        <source>a vCard line is longer than {kilobytes} KiB: not a contact</source>
        <translation>uma linha do vCard tem mais de {kilobytes} KiB: não é um contato</translation>
    </message>
    <message>
        <source>{source} has more than {most:,} numbers: split it</source>
        <translation>{source} tem mais de {most:,} números: divida o arquivo</translation>
    </message>
    <message>
        <source>{source} holds no vCard (BEGIN:VCARD)</source>
        <translation>{source} não contém nenhum vCard (BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} could not be read as an Excel workbook: {error}</source>
        <translation>não foi possível ler {name} como pasta de trabalho do Excel: {error}</translation>
    </message>
    <message>
        <source>{name} has {count:,} parts: it is not an Excel list</source>
        <translation>{name} tem {count:,} partes: não é uma lista do Excel</translation>
    </message>
    <message>
        <source>{name} would unpack to {megabytes:,} MB or more ({filename}: {part_megabytes:,} MB, {ratio:.0f} times its packed size), more than any list of people needs: it may be a zip bomb</source>
        <translation>{name} ficaria com {megabytes:,} MB ou mais ao descompactar ({filename}: {part_megabytes:,} MB, {ratio:.0f} vezes o tamanho compactado), mais do que qualquer lista de pessoas precisa: pode ser uma bomba zip</translation>
    </message>
    <message>
        <source>there is no sheet {sheet!r}; the sheets are: {sheets}</source>
        <translation>não há planilha {sheet!r}; as planilhas são: {sheets}</translation>
    </message>
    <message>
        <source>{name} holds formulas whose values were never saved (the program that wrote it does not calculate them): open it in Excel or LibreOffice, save it, and try again</source>
        <translation>{name} tem fórmulas cujos valores nunca foram salvos (o programa que o gravou não as calcula): abra-o no Excel ou no LibreOffice, salve-o e tente de novo</translation>
    </message>
    <message>
        <source>a row of the sheet has more cells than Excel allows</source>
        <translation>uma linha da planilha tem mais células do que o Excel permite</translation>
    </message>
    <message>
        <source>{name} has more than {most:,} rows: not an Excel list</source>
        <translation>{name} tem mais de {most:,} linhas: não é uma lista do Excel</translation>
    </message>
    <message>
        <source>row {number} of {name} has more than {most} columns: this is not a list of people</source>
        <translation>a linha {number} de {name} tem mais de {most} colunas: isto não é uma lista de pessoas</translation>
    </message>
    <message>
        <source>a cell in row {number} of {name} is longer than {kilobytes} KiB: this is not a list of people</source>
        <translation>uma célula na linha {number} de {name} tem mais de {kilobytes} KiB: isto não é uma lista de pessoas</translation>
    </message>
    <message>
        <source>event payload lacks {missing}</source>
        <translation>falta {missing} nos dados do evento</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: give the serial printed at the top of the form (a form printed elsewhere: the number it carries, marked as from another print run)</source>
        <translation>uma autorização em formulário em papel indica o seu formulário: informe o número de série impresso no alto do formulário (um formulário impresso em outro lugar: o número que ele traz, marcado como de outra impressão)</translation>
    </message>
    <message>
        <source>category {spec!r} must be written KEY=LABEL:KIND, e.g. offers=Offers:marketing</source>
        <translation>a categoria {spec!r} deve ser escrita KEY=LABEL:KIND, ex.: ofertas=Ofertas:marketing</translation>
    </message>
    <message>
        <source>category kind {kind!r} must be &apos;service&apos; or &apos;marketing&apos;</source>
        <translation>o tipo de categoria {kind!r} deve ser &apos;service&apos; ou &apos;marketing&apos;</translation>
    </message>
    <message>
        <source>unknown scope {scope!r}: use one of {known}</source>
        <translation>tipo de mensagem desconhecido {scope!r}: use um de {known}</translation>
    </message>
    <message>
        <source>unknown country code {region!r}: use two letters such as GB, ES, IN</source>
        <translation>código de país desconhecido {region!r}: use duas letras, como BR, PT, ES</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>sem número</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>não é um número de telefone</translation>
    </message>
    <message>
        <source>a spreadsheet turned this number into a rounded one (like 6.44E+08) and its last digits are lost: make the column text in the spreadsheet and type or export the numbers again</source>
        <translation>uma planilha transformou este número em um arredondado (como 6,44E+08) e os últimos dígitos se perderam: formate a coluna como texto na planilha e digite ou exporte os números de novo</translation>
    </message>
    <message>
        <source>too long for {country}</source>
        <translation>longo demais para {country}</translation>
    </message>
    <message>
        <source>local number without area code for {country}</source>
        <translation>número local sem código de área para {country}</translation>
    </message>
    <message>
        <source>not a valid number for {country}</source>
        <translation>não é um número válido para {country}</translation>
    </message>
    <message>
        <source>too short for {country}</source>
        <translation>curto demais para {country}</translation>
    </message>
    <message>
        <source>unknown country code +{code}</source>
        <translation>código de país desconhecido +{code}</translation>
    </message>
    <message>
        <source>too short for a phone number</source>
        <translation>curto demais para um número de telefone</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>longo demais para ser um número de telefone</translation>
    </message>
    <message>
        <source>a serial number must fit in eight base32 symbols</source>
        <translation>um número de série precisa caber em oito símbolos base32</translation>
    </message>
    <message>
        <source>no date given: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>nenhuma data informada: escreva como 2026-10-03 ou 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as 2026-10-03 or 2026-10-03T14:30</source>
        <translation>{text!r} não é uma data: escreva como 2026-10-03 ou 2026-10-03T14:30</translation>
    </message>
    <message>
        <source>{text!r} is in the future; consent cannot be dated ahead</source>
        <translation>{text!r} está no futuro; consentimento não pode ter data adiantada</translation>
    </message>
    <message>
        <source>the date is in the future; consent cannot be dated ahead</source>
        <translation>a data está no futuro; consentimento não pode ter data adiantada</translation>
    </message>
    <message>
        <source>the template has an unknown or broken placeholder: {error}</source>
        <translation>o modelo tem um campo desconhecido ou quebrado: {error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file: choose the file in it</source>
        <translation>{path} é uma pasta, não um arquivo de backup: escolha o arquivo dentro dela</translation>
    </message>
    <message>
        <source>{path} is not a file (a pipe or a device?): give the backup file</source>
        <translation>{path} não é um arquivo (um pipe ou um dispositivo?): informe o arquivo de backup</translation>
    </message>
    <message>
        <source>{name} is damaged or not an OptIn Desk backup ({reason})</source>
        <translation>{name} está danificado ou não é um backup do OptIn Desk ({reason})</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} não existe</translation>
    </message>
    <message>
        <source>{name} is not an OptIn Desk database (not even SQLite)</source>
        <translation>{name} não é um banco de dados do OptIn Desk (nem mesmo SQLite)</translation>
    </message>
    <message>
        <source>{name} is an SQLite file but not an OptIn Desk database</source>
        <translation>{name} é um arquivo SQLite, mas não um banco de dados do OptIn Desk</translation>
    </message>
    <message>
        <source>{name} cannot be read as a database: {error}</source>
        <translation>não foi possível ler {name} como banco de dados: {error}</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {problem})</source>
        <translation>{name} está danificado (verificação de integridade: {problem})</translation>
    </message>
    <message>
        <source>{name} could not be read by this version: {error}</source>
        <translation>{name} não pôde ser lido por esta versão: {error}</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}</source>
        <translation>{name} falha na verificação do livro no evento {broken_event_id}: {problem}</translation>
    </message>
    <message>
        <source>this database is on a server: back it up with the server&apos;s own tools (pg_dump)</source>
        <translation>este banco de dados está em um servidor: faça o backup com as ferramentas do próprio servidor (pg_dump)</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; plug in the stick or create it</source>
        <translation>a pasta {parent} não existe; conecte o pen drive ou crie a pasta</translation>
    </message>
    <message>
        <source>the backup could not be made ({reason}); nothing was kept</source>
        <translation>não foi possível fazer o backup ({reason}); nada foi guardado</translation>
    </message>
    <message>
        <source>a backup cannot overwrite the records it copies</source>
        <translation>um backup não pode sobrescrever os registros que ele copia</translation>
    </message>
    <message>
        <source>the backup could not be written to {target}: {error}</source>
        <translation>não foi possível gravar o backup em {target}: {error}</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; first</source>
        <translation>ainda não há perfil da empresa: rode &apos;optin-desk init&apos; primeiro</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 3650</source>
        <translation>{setting} deve estar entre 1 e 3650</translation>
    </message>
    <message>
        <source>unknown category {key!r}: check against one of {active}</source>
        <translation>categoria desconhecida {key!r}: use uma de {active}</translation>
    </message>
    <message>
        <source>there is no check {check_id}</source>
        <translation>não existe a conferência {check_id}</translation>
    </message>
    <message>
        <source>check {check_id} was already recorded as sent on {day}</source>
        <translation>a conferência {check_id} já foi registrada como enviada em {day}</translation>
    </message>
    <message>
        <source>the sending time is in the future</source>
        <translation>o horário de envio está no futuro</translation>
    </message>
    <message>
        <source>the rows kept with check {check_id} cannot be read: they were changed outside OptIn Desk or damaged (run verify)</source>
        <translation>as linhas guardadas com a verificação {check_id} não podem ser lidas: foram alteradas fora do OptIn Desk ou estão danificadas (execute verify)</translation>
    </message>
    <message>
        <source>could not write {path}: {problem}</source>
        <translation>não foi possível gravar {path}: {problem}</translation>
    </message>
    <message>
        <source>the folder of {target} does not exist</source>
        <translation>a pasta de {target} não existe</translation>
    </message>
    <message>
        <source>these records cannot be written: the sends cannot be recorded</source>
        <translation>estes registros não podem ser gravados: os envios não podem ser registrados</translation>
    </message>
    <message>
        <source>unknown {what} method {value!r}: use one of {names}</source>
        <translation>método de {what} desconhecido {value!r}: use um de {names}</translation>
    </message>
    <message>
        <source>the {what} holds a NUL character (\0), which cannot be stored</source>
        <translation>{what} contém um caractere NUL (\0), que não pode ser guardado</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters; shorten it</source>
        <translation>{what} tem mais de {limit} caracteres; encurte</translation>
    </message>
    <message>
        <source>the computer&apos;s clock says {now}, but the last record was made at {last}</source>
        <translation>o relógio do computador marca {now}, mas o último registro foi feito em {last}</translation>
    </message>
    <message>
        <source>choose at least one category (scope) the person agreed to</source>
        <translation>escolha pelo menos uma categoria (escopo) que a pessoa autorizou</translation>
    </message>
    <message>
        <source>{behind}: set the clock right; if it is right, an earlier record was made with a wrong clock: confirm the clock to record</source>
        <translation>{behind}: acerte o relógio; se ele estiver certo, um registro anterior foi feito com o relógio errado: confirme o relógio para registrar</translation>
    </message>
    <message>
        <source>{behind}; recorded as confirmed</source>
        <translation>{behind}; registrado como confirmado</translation>
    </message>
    <message>
        <source>this lifts the erasure on request of {day}</source>
        <translation>isto desfaz o apagamento a pedido de {day}</translation>
    </message>
    <message>
        <source>they stay opted out of {kinds}: an opt-out given after this consent, or recorded after it, holds</source>
        <translation>a pessoa continua descadastrada de {kinds}: um descadastro dado depois deste consentimento, ou registrado depois dele, continua valendo</translation>
    </message>
    <message>
        <source>the confirmation template is broken: {error}</source>
        <translation>o modelo de confirmação está quebrado: {error}</translation>
    </message>
    <message>
        <source>they were already opted out of this: recorded again, nothing changed</source>
        <translation>a pessoa já estava descadastrada disso: registrado de novo, nada mudou</translation>
    </message>
    <message>
        <source>{behind}: the opt-out holds all the same; set the clock right</source>
        <translation>{behind}: o descadastro vale mesmo assim; acerte o relógio</translation>
    </message>
    <message>
        <source>{written!r} is not a usable WhatsApp number: {reason}</source>
        <translation>{written!r} não é um número de WhatsApp utilizável: {reason}</translation>
    </message>
    <message>
        <source>the name is longer than {most} characters; shorten it</source>
        <translation>o nome tem mais de {most} caracteres; encurte</translation>
    </message>
    <message>
        <source>cannot read {name}: {problem}</source>
        <translation>não foi possível ler {name}: {problem}</translation>
    </message>
    <message>
        <source>check {check} ({file}), sent {day}</source>
        <translation>conferência {check} ({file}), enviada em {day}</translation>
    </message>
    <message>
        <source>no recorded send</source>
        <translation>nenhum envio registrado</translation>
    </message>
    <message>
        <source>already opted out of marketing</source>
        <translation>já descadastrado do marketing</translation>
    </message>
    <message>
        <source>opt out of marketing (WhatsApp&apos;s stop button)</source>
        <translation>descadastrar do marketing (botão de parar do WhatsApp)</translation>
    </message>
    <message>
        <source>the list check will warn about this number</source>
        <translation>a conferência de listas vai avisar sobre este número</translation>
    </message>
    <message>
        <source>counts toward the marketing cap</source>
        <translation>conta para o limite de marketing</translation>
    </message>
    <message>
        <source>{source} was read before the records were keyed: read it again</source>
        <translation>{source} foi lido antes de os registros terem chave: leia de novo</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: a consent dated {day_text}, before the erasure, cannot bring the person back</source>
        <translation>este número foi apagado a pedido em {day}: um consentimento com data {day_text}, anterior ao apagamento, não pode trazer a pessoa de volta</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: only the person&apos;s own new consent (in person, on paper or in their own message: {allowed}) can lift that, not {value}</source>
        <translation>este número foi apagado a pedido em {day}: só um novo consentimento da própria pessoa (pessoalmente, em papel ou por mensagem dela: {allowed}) pode desfazer isso, não {value}</translation>
    </message>
    <message>
        <source>this number was erased on request on {day}: record a new opt-in only with the person&apos;s own new consent, and confirm that it lifts the erasure (--lift-erasure)</source>
        <translation>este número foi apagado a pedido em {day}: registre uma nova autorização só com um novo consentimento da própria pessoa, e confirme que isso desfaz o apagamento (--lift-erasure)</translation>
    </message>
    <message>
        <source>{written!r} is not on file; there is nothing to erase</source>
        <translation>{written!r} não está registrado; não há nada para apagar</translation>
    </message>
    <message>
        <source>the form could not be laid out from the current wording; try again</source>
        <translation>não foi possível montar o formulário com o texto atual; tente de novo</translation>
    </message>
    <message>
        <source>print between 1 and {most} forms at a time</source>
        <translation>imprima entre 1 e {most} formulários de cada vez</translation>
    </message>
    <message>
        <source>{for_phone} is not on file: a blank form will do</source>
        <translation>{for_phone} não está registrado: um formulário em branco serve</translation>
    </message>
    <message>
        <source>no forms in language {language!r}: use one of {known}</source>
        <translation>não há formulários no idioma {language!r}: use um de {known}</translation>
    </message>
    <message>
        <source>paper {paper!r} is not known: use a4 or letter</source>
        <translation>papel {paper!r} desconhecido: use a4 ou letter</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist; choose another place</source>
        <translation>a pasta {parent} não existe; escolha outro lugar</translation>
    </message>
    <message>
        <source>could not write {target}: {problem}</source>
        <translation>não foi possível gravar {target}: {problem}</translation>
    </message>
    <message>
        <source>{kind} is not one of them</source>
        <translation>{kind} não é nenhum deles</translation>
    </message>
    <message>
        <source>cannot use {where}: OptIn Desk keeps its records in a SQLite file or on PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, with &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</source>
        <translation>não é possível usar {where}: o OptIn Desk guarda os registros em um arquivo SQLite ou no PostgreSQL (postgresql+psycopg://USER@SERVER/DATABASE, com &apos;pip install &quot;optin-desk[postgres]&quot;&apos;) ({error})</translation>
    </message>
    <message>
        <source>the database server refused the user name or password in the URL: check --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>o servidor de banco de dados recusou o usuário ou a senha da URL: confira --db ou OPTIN_DESK_DB (nada foi registrado)</translation>
    </message>
    <message>
        <source>the database server has no database (or user) of that name: check the URL in --db or OPTIN_DESK_DB (nothing was recorded)</source>
        <translation>o servidor de banco de dados não tem banco (ou usuário) com esse nome: confira a URL em --db ou OPTIN_DESK_DB (nada foi registrado)</translation>
    </message>
    <message>
        <source>the connection to the database server was lost in the middle; the server keeps a save whole or not at all: check the network, then try again</source>
        <translation>a conexão com o servidor de banco de dados caiu no meio; o servidor grava tudo ou nada: confira a rede e tente de novo</translation>
    </message>
    <message>
        <source>cannot reach the database server: check that it is running and that this computer is on its network, then try again (nothing was recorded)</source>
        <translation>não foi possível alcançar o servidor de banco de dados: confira se ele está rodando e se este computador está na rede dele, e tente de novo (nada foi registrado)</translation>
    </message>
    <message>
        <source>the database role in the URL may not do that ({detail}): setting up or upgrading the tables (init, a new version&apos;s first start, move-to) and restore are for the records&apos; owner role; nothing was recorded</source>
        <translation>o papel de banco de dados da URL não pode fazer isso ({detail}): criar ou atualizar as tabelas (init, primeira abertura de uma versão nova, move-to) e restaurar são para o papel dono dos registros; nada foi registrado</translation>
    </message>
    <message>
        <source>restoring the records from a backup; try again in a moment (nothing written)</source>
        <translation>restaurando os registros de um backup; tente de novo daqui a pouco (nada gravado)</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation>o banco de dados está ocupado com outro programa; tente de novo daqui a pouco</translation>
    </message>
    <message>
        <source>the disk is full: free some space, then try again (nothing was recorded)</source>
        <translation>o disco está cheio: libere espaço e tente de novo (nada foi registrado)</translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only); nothing was recorded</source>
        <translation>{where} não pode ser gravado (somente leitura); nada foi registrado</translation>
    </message>
    <message>
        <source>cannot open the database {where}: check the folder exists and is writable</source>
        <translation>não é possível abrir o banco de dados {where}: confira se a pasta existe e permite gravação</translation>
    </message>
    <message>
        <source>{where} is not an OptIn Desk database</source>
        <translation>{where} não é um banco de dados do OptIn Desk</translation>
    </message>
    <message>
        <source>database error: {detail}</source>
        <translation>erro no banco de dados: {detail}</translation>
    </message>
    <message>
        <source>the records file cannot be written (read-only); nothing was recorded</source>
        <translation>o arquivo de registros não pode ser gravado (somente leitura); nada foi registrado</translation>
    </message>
    <message>
        <source>cannot open the database: check the folder exists and is writable</source>
        <translation>não é possível abrir o banco de dados: confira se a pasta existe e permite gravação</translation>
    </message>
    <message>
        <source>the file is not an OptIn Desk database</source>
        <translation>o arquivo não é um banco de dados do OptIn Desk</translation>
    </message>
    <message numerus="yes">
        <source>row {row}: {reason} (and %n more invalid row(s)); nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>
            <numerusform>linha {row}: {reason} (e mais %n linha inválida); nada foi registrado: corrija o arquivo (uma simulação lista todas as linhas) ou pule as linhas inválidas (--skip-invalid)</numerusform>
            <numerusform>linha {row}: {reason} (e mais %n linhas inválidas); nada foi registrado: corrija o arquivo (uma simulação lista todas as linhas) ou pule as linhas inválidas (--skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>row {row}: {reason}; nothing was recorded: fix the file (a dry run lists every row) or skip the invalid rows (--skip-invalid)</source>
        <translation>linha {row}: {reason}; nada foi registrado: corrija o arquivo (uma simulação lista todas as linhas) ou pule as linhas inválidas (--skip-invalid)</translation>
    </message>
    <message>
        <source>the file needs a header row: number, name, category, action, date</source>
        <translation>o arquivo precisa de uma linha de cabeçalho: number, name, category, action, date</translation>
    </message>
    <message>
        <source>no {missing} column found (the columns are: {columns}); name them scope (or category), action and date</source>
        <translation>nenhuma coluna {missing} encontrada (as colunas são: {columns}); chame-as de scope (ou category), action e date</translation>
    </message>
    <message>
        <source>unknown category {scope!r}</source>
        <translation>tipo de mensagem desconhecido {scope!r}</translation>
    </message>
    <message>
        <source>unknown action {action!r}: write opt_in or opt_out</source>
        <translation>ação desconhecida {action!r}: escreva opt_in ou opt_out</translation>
    </message>
    <message>
        <source>erased on request on {day}: an import never brings them back</source>
        <translation>apagado a pedido em {day}: uma importação nunca o traz de volta</translation>
    </message>
    <message>
        <source>will opt in to {what}</source>
        <translation>vai consentir em {what}</translation>
    </message>
    <message>
        <source>will opt out of {what}</source>
        <translation>vai descadastrar de {what}</translation>
    </message>
    <message>
        <source>the records already say opted in to {what}, or a later event stands</source>
        <translation>os registros já dizem consentimento em {what}, ou um evento posterior prevalece</translation>
    </message>
    <message>
        <source>the records already say opted out of {what}, or a later event stands</source>
        <translation>os registros já dizem descadastro de {what}, ou um evento posterior prevalece</translation>
    </message>
    <message>
        <source>nothing to import: every row is already recorded, skipped, refused or invalid</source>
        <translation>nada a importar: todas as linhas já estão registradas, puladas, recusadas ou inválidas</translation>
    </message>
    <message>
        <source>{where} is not empty (its table {busy} holds records): move-to only fills an empty database; nothing was written</source>
        <translation>{where} não está vazio (a tabela {busy} tem registros): move-to só preenche um banco de dados vazio; nada foi gravado</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent in the future</source>
        <translation>a confirmação não pode ter sido enviada no futuro</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent ({sent}) before the opt-out it confirms ({given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>a confirmação não pode ter sido enviada ({sent}) antes do descadastro que ela confirma ({given}); se a pessoa se descadastrou antes, registre o descadastro com o horário em que ela o fez</translation>
    </message>
    <message>
        <source>event {event_id} is not an opt-out</source>
        <translation>o evento {event_id} não é um descadastro</translation>
    </message>
    <message>
        <source>the confirmation cannot have been sent before the opt-out it confirms (event {event_id}, given {given}); if the person opted out earlier, record the opt-out with the time they did</source>
        <translation>a confirmação não pode ter sido enviada antes do descadastro que ela confirma (evento {event_id}, dado em {given}); se a pessoa se descadastrou antes, registre o descadastro com o horário em que ela o fez</translation>
    </message>
    <message>
        <source>the confirmation of event {event_id} is already marked sent</source>
        <translation>a confirmação do evento {event_id} já está marcada como enviada</translation>
    </message>
    <message>
        <source>the owner PIN kept in the records is not the one the ledger states (it was removed or replaced outside OptIn Desk): give the owner PIN that opens this computer&apos;s signing key to keep it again; until then what needs the PIN stays refused</source>
        <translation>o PIN do dono guardado nos registros não é o que o livro indica (foi removido ou substituído fora do OptIn Desk): informe o PIN do dono que abre a chave de assinatura deste computador para guardá-lo de novo; até lá, o que precisa do PIN continua recusado</translation>
    </message>
    <message>
        <source>too many wrong owner PINs: try again in {seconds} seconds</source>
        <translation>muitos PINs do dono errados: tente de novo em {seconds} segundos</translation>
    </message>
    <message>
        <source>this needs the owner PIN (give --pin or set OPTIN_DESK_PIN)</source>
        <translation>isto precisa do PIN do dono (informe --pin ou defina OPTIN_DESK_PIN)</translation>
    </message>
    <message>
        <source>wrong owner PIN</source>
        <translation>PIN do dono errado</translation>
    </message>
    <message>
        <source>sender number {sender!r}: {reason}</source>
        <translation>número remetente {sender!r}: {reason}</translation>
    </message>
    <message>
        <source>this database already has a business profile; change it in Settings</source>
        <translation>este banco de dados já tem um perfil da empresa; altere em Configurações</translation>
    </message>
    <message>
        <source>no business profile yet: run &apos;optin-desk init&apos; or open the app first</source>
        <translation>ainda não há perfil da empresa: rode &apos;optin-desk init&apos; ou abra o app primeiro</translation>
    </message>
    <message>
        <source>the consent wording template is broken: {error}</source>
        <translation>o modelo do texto de consentimento está quebrado: {error}</translation>
    </message>
    <message>
        <source>there is no wording version {wording_id}</source>
        <translation>não existe a versão de texto {wording_id}</translation>
    </message>
    <message>
        <source>name the proof FILE.pdf or FILE.json</source>
        <translation>dê à prova o nome FILE.pdf ou FILE.json</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>nenhum configurado</translation>
    </message>
    <message>
        <source>{written!r} is not one of the shop&apos;s WhatsApp numbers ({shown})</source>
        <translation>{written!r} não é um dos números de WhatsApp da loja ({shown})</translation>
    </message>
    <message>
        <source>quality rating {rating!r}: use high, medium or low</source>
        <translation>avaliação de qualidade {rating!r}: use high, medium ou low</translation>
    </message>
    <message>
        <source>status {status!r}: use connected, flagged or restricted</source>
        <translation>status {status!r}: use connected, flagged ou restricted</translation>
    </message>
    <message>
        <source>the reading of {observed_on} is dated in the future</source>
        <translation>a leitura de {observed_on} tem data no futuro</translation>
    </message>
    <message>
        <source>blocks and reports are counts of people: 0 or more</source>
        <translation>bloqueios e denúncias são contagens de pessoas: 0 ou mais</translation>
    </message>
    <message>
        <source>line {line}: {cell!r} is not a count</source>
        <translation>linha {line}: {cell!r} não é uma contagem</translation>
    </message>
    <message>
        <source>{name} holds contact cards, not quality readings</source>
        <translation>{name} contém cartões de contato, não leituras de qualidade</translation>
    </message>
    <message>
        <source>{name} needs columns for {missing}; the columns are: {columns}</source>
        <translation>{name} precisa de colunas para {missing}; as colunas são: {columns}</translation>
    </message>
    <message>
        <source>line {line}: the date {cell!r} is not YYYY-MM-DD</source>
        <translation>linha {line}: a data {cell!r} não está no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>wording {language} v{version}</source>
        <translation>texto {language} v{version}</translation>
    </message>
    <message>
        <source>cannot write {target}: {problem}</source>
        <translation>não foi possível gravar {target}: {problem}</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>{setting} must be between 1 and 1000</source>
        <translation>{setting} deve estar entre 1 e 1000</translation>
    </message>
    <message>
        <source>Opt-outs after the broadcast of {day} were {times}× your usual: look at who it went to</source>
        <translation>Os descadastros após o envio de {day} foram {times}× o habitual: veja para quem ele foi</translation>
    </message>
    <message>
        <source>{percent}% not delivered after the broadcast of {day}: check these numbers</source>
        <translation>{percent}% não entregues após o envio de {day}: confira estes números</translation>
    </message>
    <message>
        <source>people who opted in by {method} opt out {times}× as often as those who opted in by {reference}</source>
        <translation>quem autorizou na forma “{method}” se descadastra {times}× mais do que quem autorizou na forma “{reference}”</translation>
    </message>
    <message>
        <source>quality dropped to {rating} on {sender}: hold marketing from this number for a week</source>
        <translation>a qualidade caiu para {rating} em {sender}: suspenda o marketing deste número por uma semana</translation>
    </message>
    <message>
        <source>--head takes the ledger head as printed: at least {least} of its hexadecimal characters (0-9, a-f)</source>
        <translation>--head recebe o topo do livro como impresso: pelo menos {least} dos seus caracteres hexadecimais (0-9, a-f)</translation>
    </message>
    <message>
        <source>--head {written} fits more than one entry: give more characters</source>
        <translation>--head {written} corresponde a mais de um registro: informe mais caracteres</translation>
    </message>
    <message>
        <source>the chat shows the name “{sender}”, not a number: find them on the Opt-outs page</source>
        <translation>a conversa mostra o nome “{sender}”, não um número: procure a pessoa na página Descadastros</translation>
    </message>
    <message>
        <source>already opted out of {what}</source>
        <translation>já descadastrado de {what}</translation>
    </message>
    <message>
        <source>already opted out of {what} since {when}</source>
        <translation>já descadastrado de {what} desde {when}</translation>
    </message>
    <message>
        <source>already opted in to {what}</source>
        <translation>já com consentimento para {what}</translation>
    </message>
    <message>
        <source>already opted in to {what} since {when}</source>
        <translation>já com consentimento para {what} desde {when}</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>todas as mensagens</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>erased on request on {day}: record their new opt-in on its own, confirming that it lifts the erasure</source>
        <translation>apagado a pedido em {day}: registre o novo consentimento separadamente, confirmando que ele suspende o apagamento</translation>
    </message>
    <message>
        <source>same number as row {row}</source>
        <translation>mesmo número da linha {row}</translation>
    </message>
    <message>
        <source>row {row} cannot be recorded: {reason}</source>
        <translation>a linha {row} não pode ser registrada: {reason}</translation>
    </message>
    <message>
        <source>that file is the records themselves</source>
        <translation>esse arquivo são os próprios registros</translation>
    </message>
    <message>
        <source>the restored copy fails its ledger check: {problem}</source>
        <translation>a cópia restaurada falha na verificação do livro: {problem}</translation>
    </message>
    <message>
        <source>the restore failed ({reason}); the records were left as they were</source>
        <translation>a restauração falhou ({reason}); os registros ficaram como estavam</translation>
    </message>
    <message>
        <source>too many restores of {name} this second; try again</source>
        <translation>restaurações demais de {name} neste segundo; tente de novo</translation>
    </message>
    <message>
        <source>the backup is not a copy of these records (another shop&apos;s, or they went their own way after event {shared_events}); to replace them anyway give --other-shop and the owner PIN</source>
        <translation>o backup não é uma cópia destes registros (é de outra loja, ou eles seguiram caminhos diferentes após o evento {shared_events}); para substituí-los mesmo assim, informe --other-shop e o PIN do dono</translation>
    </message>
    <message>
        <source>restoring another shop&apos;s records needs the owner PIN: set one with &apos;optin-desk pin&apos;, then give it with --pin</source>
        <translation>restaurar os registros de outra loja precisa do PIN do dono: defina um com &apos;optin-desk pin&apos; e informe com --pin</translation>
    </message>
    <message>
        <source>the evidence file {error}; choose the scan again</source>
        <translation>o arquivo de comprovante {error}; escolha a digitalização de novo</translation>
    </message>
    <message>
        <source>the evidence file could not be read: {error}</source>
        <translation>não foi possível ler o arquivo de comprovante: {error}</translation>
    </message>
    <message>
        <source>the evidence file {error}</source>
        <translation>o arquivo de comprovante {error}</translation>
    </message>
    <message>
        <source>the evidence file could not be kept: {error}</source>
        <translation>não foi possível guardar o arquivo de comprovante: {error}</translation>
    </message>
    <message>
        <source>{source} does not exist</source>
        <translation>{source} não existe</translation>
    </message>
    <message>
        <source>the server could not be asked ({reason}); nothing was changed</source>
        <translation>não foi possível consultar o servidor ({reason}); nada foi alterado</translation>
    </message>
    <message>
        <source>restoring on a server is for the records&apos; owner role (it owns the database and may create databases): run it with the owner&apos;s URL; nothing was changed</source>
        <translation>restaurar em um servidor é tarefa do papel dono dos registros (ele é dono do banco e pode criar bancos): rode com a URL do dono; nada foi alterado</translation>
    </message>
    <message>
        <source>no new database could be made for the restore ({reason}); nothing was changed</source>
        <translation>não foi possível criar um banco novo para a restauração ({reason}); nada foi alterado</translation>
    </message>
    <message>
        <source>{name} is not a sound dump of OptIn Desk records ({error}); nothing was changed</source>
        <translation>{name} não é um dump válido de registros do OptIn Desk ({error}); nada foi alterado</translation>
    </message>
    <message>
        <source>{name} holds no OptIn Desk records; nothing was changed</source>
        <translation>{name} não contém registros do OptIn Desk; nada foi alterado</translation>
    </message>
    <message>
        <source>{name} fails the ledger check at event {broken_event_id}: {problem}; nothing was changed</source>
        <translation>{name} falha na verificação do livro no evento {broken_event_id}: {problem}; nada foi alterado</translation>
    </message>
    <message>
        <source>too many restores of these records this second; try again</source>
        <translation>restaurações demais destes registros neste segundo; tente de novo</translation>
    </message>
    <message numerus="yes">
        <source>%n other (connection is|connections are) open to the records (a window on another computer?): close (it|them) and try again, or give --force to disconnect (it|them); nothing was changed</source>
        <translation>
            <numerusform>%n outra conexão está aberta com os registros (uma janela em outro computador?): feche-a e tente de novo, ou informe --force para desconectá-la; nada foi alterado</numerusform>
            <numerusform>%n outras conexões estão abertas com os registros (uma janela em outro computador?): feche-as e tente de novo, ou informe --force para desconectá-las; nada foi alterado</numerusform>
        </translation>
    </message>
    <message>
        <source>a save on another computer held the records too long; try the restore again in a moment; the records were left as they were</source>
        <translation>um salvamento em outro computador segurou os registros por tempo demais; tente restaurar de novo daqui a pouco; os registros ficaram como estavam</translation>
    </message>
    <message>
        <source>no business profile yet</source>
        <translation>ainda não há perfil da empresa</translation>
    </message>
    <message>
        <source>category {key!r} stays {kind}: add a new category instead</source>
        <translation>a categoria {key!r} continua {kind}: adicione uma categoria nova</translation>
    </message>
    <message>
        <source>say why the event is voided (--reason): the reason is kept with it</source>
        <translation>diga por que o evento é anulado (--reason): o motivo fica guardado com ele</translation>
    </message>
    <message>
        <source>there is no event {event_id}; see &apos;optin-desk history NUMBER&apos;</source>
        <translation>não existe o evento {event_id}; veja &apos;optin-desk history NUMBER&apos;</translation>
    </message>
    <message>
        <source>event {event_id} is about the shop, not a person: it stands</source>
        <translation>o evento {event_id} é sobre a loja, não sobre uma pessoa: ele continua valendo</translation>
    </message>
    <message>
        <source>event {event_id} is itself a void and cannot be voided</source>
        <translation>o evento {event_id} já é uma anulação e não pode ser anulado</translation>
    </message>
    <message>
        <source>event {event_id} was already voided by event {already}</source>
        <translation>o evento {event_id} já foi anulado pelo evento {already}</translation>
    </message>
    <message>
        <source>choose the event to void</source>
        <translation>escolha o evento a anular</translation>
    </message>
    <message>
        <source>events of different people are voided one person at a time</source>
        <translation>eventos de pessoas diferentes são anulados uma pessoa por vez</translation>
    </message>
    <message>
        <source>{source} cannot be read: permission denied</source>
        <translation>não foi possível ler {source}: permissão negada</translation>
    </message>
    <message>
        <source>{source} cannot be read: {problem}</source>
        <translation>não foi possível ler {source}: {problem}</translation>
    </message>
    <message>
        <source>{source} is a folder, not a file</source>
        <translation>{source} é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>{source} is not a regular file (a pipe, device or socket)</source>
        <translation>{source} não é um arquivo comum (um pipe, dispositivo ou socket)</translation>
    </message>
    <message>
        <source>{source} is not a regular file</source>
        <translation>{source} não é um arquivo comum</translation>
    </message>
    <message>
        <source>{name} is {megabytes} MB; scans up to {most} MB are kept</source>
        <translation>{name} tem {megabytes} MB; só são guardadas digitalizações de até {most} MB</translation>
    </message>
    <message>
        <source>{name} changed while it was being copied; try again</source>
        <translation>{name} mudou enquanto era copiado; tente de novo</translation>
    </message>
    <message>
        <source>broadcast rules</source>
        <translation>regras dos disparos</translation>
    </message>
    <message>
        <source>wording templates</source>
        <translation>modelos dos textos</translation>
    </message>
    <message>
        <source>staff names</source>
        <translation>nomes da equipe</translation>
    </message>
    <message>
        <source>privacy details</source>
        <translation>dados de privacidade</translation>
    </message>
    <message>
        <source>shop details</source>
        <translation>dados da loja</translation>
    </message>
    <message>
        <source>kinds of messages</source>
        <translation>categorias de mensagem</translation>
    </message>
    <message>
        <source>sender numbers</source>
        <translation>números de envio</translation>
    </message>
    <message>
        <source>wordings</source>
        <translation>textos de consentimento</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in(s)</source>
        <translation>
            <numerusform>%n autorização</numerusform>
            <numerusform>%n autorizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s)</source>
        <translation>
            <numerusform>%n anulação</numerusform>
            <numerusform>%n anulações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s) voided since</source>
        <translation>
            <numerusform>%n descadastro anulado desde então</numerusform>
            <numerusform>%n descadastros anulados desde então</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the backup holds %n event(s); the records hold {live}, {shared} of them the same</source>
        <translation>
            <numerusform>o backup tem %n evento; os registros têm {live}, {shared} deles iguais</numerusform>
            <numerusform>o backup tem %n eventos; os registros têm {live}, {shared} deles iguais</numerusform>
        </translation>
    </message>
    <message>
        <source>the backup is NOT a copy of these records (another shop, or diverged)</source>
        <translation>o backup NÃO é uma cópia destes registros (outra loja, ou divergiram)</translation>
    </message>
    <message>
        <source>would be lost: {items}</source>
        <translation>seria perdido: {items}</translation>
    </message>
    <message>
        <source>would be lost: nothing recorded</source>
        <translation>seria perdido: nada registrado</translation>
    </message>
    <message>
        <source>settings that go back to the backup&apos;s: {names}</source>
        <translation>configurações que voltam às do backup: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n descadastro</numerusform>
            <numerusform>%n descadastros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n apagamento</numerusform>
            <numerusform>%n apagamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied after the restore: {items}; the owner PIN stays as it is now</source>
        <translation>reaplicado após a restauração: {items}; o PIN do dono continua como está agora</translation>
    </message>
    <message numerus="yes">
        <source>%n erased (number is|numbers are) kept under another key: they stay erased only where the backup holds them</source>
        <translation>
            <numerusform>%n número apagado está guardado com outra chave: ele só continua apagado onde o backup o contém</numerusform>
            <numerusform>%n números apagados estão guardados com outra chave: eles só continuam apagados onde o backup os contém</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept check(s)</source>
        <translation>
            <numerusform>%n conferência guardada</numerusform>
            <numerusform>%n conferências guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent</source>
        <translation>
            <numerusform>%n mensagem registrada como enviada</numerusform>
            <numerusform>%n mensagens registradas como enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed form batch(es)</source>
        <translation>
            <numerusform>%n lote de formulários impressos</numerusform>
            <numerusform>%n lotes de formulários impressos</numerusform>
        </translation>
    </message>
    <message>
        <source>the category {key!r} ({kind}) has no kind in the ledger: it was added behind the program&apos;s back</source>
        <translation>a categoria {key!r} ({kind}) não tem tipo no livro: foi adicionada por fora do programa</translation>
    </message>
    <message>
        <source>the category {key!r} is stored as {kind}, but the ledger states {stated} (event {event}): its kind was edited behind the program&apos;s back; the rules keep {stated}</source>
        <translation>a categoria {key!r} está gravada como {kind}, mas o livro indica {stated} (evento {event}): o tipo dela foi editado por fora do programa; as regras mantêm {stated}</translation>
    </message>
    <message>
        <source>the records key is not on this computer, so erased numbers and who each event belongs to cannot be told here: on a computer that has it run &apos;optin-desk records-key --out FILE&apos;, then here &apos;optin-desk records-key --import FILE&apos;</source>
        <translation>a chave dos registros não está neste computador, então aqui não dá para saber os números apagados nem a quem pertence cada evento: num computador que tenha a chave, execute &apos;optin-desk records-key --out FILE&apos;, depois aqui &apos;optin-desk records-key --import FILE&apos;</translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation>não é possível ler {source}: {error}</translation>
    </message>
    <message>
        <source>{source} is not a records key written by &apos;optin-desk records-key --out&apos;</source>
        <translation>{source} não é uma chave dos registros gravada por &apos;optin-desk records-key --out&apos;</translation>
    </message>
    <message>
        <source>{source} is the key of other records (id {found}), not of these ({known})</source>
        <translation>{source} é a chave de outros registros (id {found}), não destes ({known})</translation>
    </message>
    <message>
        <source>the key in {source} does not match the numbers these records hold: it was not written from these records</source>
        <translation>a chave em {source} não confere com os números destes registros: ela não foi gravada a partir destes registros</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 3600, not {written!r}</source>
        <translation>--wait aceita um número de segundos de 0 a 3600, não {written!r}</translation>
    </message>
    <message>
        <source>--remove-unerasable goes with --from-backups</source>
        <translation>--remove-unerasable só vale junto com --from-backups</translation>
    </message>
    <message>
        <source>{number} is not erased from the records: erase it first</source>
        <translation>{number} não foi apagado dos registros: apague-o primeiro</translation>
    </message>
    <message>
        <source>its folder is not there: plug in the stick</source>
        <translation>a pasta dele não está presente: conecte o pen drive</translation>
    </message>
    <message>
        <source>a server&apos;s dump cannot be rewritten by this program</source>
        <translation>este programa não pode reescrever o dump de um servidor</translation>
    </message>
    <message>
        <source>the number was still found in the rewritten copy</source>
        <translation>o número ainda foi encontrado na cópia reescrita</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s head row was deleted behind the program&apos;s back; run verify, then restore the latest backup</source>
        <translation>nada foi registrado: a linha do topo do livro foi excluída por fora do programa; execute verify e depois restaure o backup mais recente</translation>
    </message>
    <message>
        <source>wording {wording_id} ({language}, version {version}): its text was changed; it no longer hashes to the sha256 recorded for it</source>
        <translation>texto {wording_id} ({language}, versão {version}): o conteúdo foi alterado; ele não dá mais o sha256 registrado para ele</translation>
    </message>
    <message>
        <source>event {event_id} points at wording {wording_id}, whose sha256 is {found}, but the chain says the person was shown the wording {chained}</source>
        <translation>o evento {event_id} aponta para o texto {wording_id}, cujo sha256 é {found}, mas a cadeia diz que a pessoa viu o texto {chained}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>the scan {sha256} was replaced or altered: its file now hashes to {found}</source>
        <translation>a digitalização {sha256} foi substituída ou alterada: o arquivo dela agora dá o hash {found}</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is missing from the scan folder: the proof of that opt-in lost its scan; put the file back from a backup</source>
        <translation>a digitalização {sha256} do evento {event_id} está faltando na pasta de digitalizações: a prova dessa autorização perdeu a digitalização; recoloque o arquivo a partir de um backup</translation>
    </message>
    <message>
        <source>the scan {sha256} of event {event_id} is not on this computer (the shared records keep scans on the computer that recorded them): verify there</source>
        <translation>a digitalização {sha256} do evento {event_id} não está neste computador (os registros compartilhados guardam as digitalizações no computador que as registrou): execute verify lá</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of erased people are gone, as the erasure asked</source>
        <translation>
            <numerusform>%n digitalização de pessoa apagada foi removida, como o apagamento pediu</numerusform>
            <numerusform>%n digitalizações de pessoas apagadas foram removidas, como o apagamento pediu</numerusform>
        </translation>
    </message>
    <message>
        <source>the events of person {contact_id} cannot be read ({problem}): they were edited outside the program, so their consent cannot be worked out; restore the latest backup</source>
        <translation>os eventos da pessoa {contact_id} não podem ser lidos ({problem}): foram editados fora do programa, então o consentimento dela não pode ser calculado; restaure o backup mais recente</translation>
    </message>
    <message>
        <source>opted in</source>
        <translation>autorizou</translation>
    </message>
    <message>
        <source>nothing was recorded: the ledger&apos;s last event is not the one its head row names (an event was deleted or added behind the program&apos;s back); run verify, then restore the latest backup (an opt-out is still recorded)</source>
        <translation>nada foi registrado: o último registro do livro não é o que a sua linha de cabeça indica (um registro foi apagado ou acrescentado por fora do programa); execute verify e depois restaure o backup mais recente (um descadastro ainda é registrado)</translation>
    </message>
    <message>
        <source>nothing was recorded: {phone} is opted out of {kind} on record, but the events left in the ledger no longer say so (one was deleted behind the program&apos;s back); run verify, then restore the latest backup</source>
        <translation>nada foi registrado: {phone} consta como descadastrado de {kind}, mas os registros que restam no livro já não dizem isso (um foi apagado por fora do programa); execute verify e depois restaure o backup mais recente</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>descadastrado</translation>
    </message>
    <message>
        <source>without consent</source>
        <translation>sem consentimento</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} since {table_since} (event {event_id}), but the ledger says since {ledger_since}: the time was edited outside the program; check and status read the table, so they are wrong for this person</source>
        <translation>a tabela de estado de consentimento diz que a pessoa {contact_id} está {table} para {category} desde {table_since} (evento {event_id}), mas o livro diz desde {ledger_since}: o horário foi alterado fora do programa; check e status leem a tabela, então estão errados para esta pessoa</translation>
    </message>
    <message>
        <source>the consent state table says person {contact_id} is {table} for {category} (event {table_event_id}), but the ledger says {ledger} (event {event_id}): check and status read the table, so they are wrong for this person</source>
        <translation>a tabela de estado de consentimento diz que a pessoa {contact_id} está {table} para {category} (evento {table_event_id}), mas o livro diz {ledger} (evento {event_id}): check e status leem a tabela, então estão errados para esta pessoa</translation>
    </message>
    <message numerus="yes">
        <source>the ledger&apos;s head row is missing although it holds %n event(s): someone deleted it behind the program&apos;s back, which hides whether events were cut from the end. Nothing can be recorded until it is back: compare with a checkpoint kept away (verify --checkpoint) and restore the latest backup</source>
        <translation>
            <numerusform>a linha do topo do livro está faltando, embora ele contenha %n evento: alguém a excluiu por fora do programa, o que esconde se eventos foram cortados do final. Nada pode ser registrado até ela voltar: compare com um ponto de controle guardado em outro lugar (verify --checkpoint) e restaure o backup mais recente</numerusform>
            <numerusform>a linha do topo do livro está faltando, embora ele contenha %n eventos: alguém a excluiu por fora do programa, o que esconde se eventos foram cortados do final. Nada pode ser registrado até ela voltar: compare com um ponto de controle guardado em outro lugar (verify --checkpoint) e restaure o backup mais recente</numerusform>
        </translation>
    </message>
    <message>
        <source>the append-only guard {name} is missing or switched off: the ledger can be rewritten without a trace in it; restore the latest backup or ask for help</source>
        <translation>a proteção de só acréscimo {name} está faltando ou desligada: o livro pode ser reescrito sem deixar rastro; restaure o backup mais recente ou peça ajuda</translation>
    </message>
    <message>
        <source>the owner PIN kept in the settings is not the one the ledger states: it was removed or replaced behind the program&apos;s back; what needs the PIN stays refused until the owner gives the PIN that opens this computer&apos;s signing key</source>
        <translation>o PIN do dono guardado nas configurações não é o que o livro indica: foi removido ou substituído sem passar pelo programa; o que precisa do PIN continua recusado até o dono informar o PIN que abre a chave de assinatura deste computador</translation>
    </message>
    <message>
        <source>contact {contact} was erased, but the erasure is no longer on record: it was removed behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>o contato {contact} foi apagado, mas o apagamento já não consta: foi removido sem passar pelo programa e o número já não está bloqueado; restaure o último backup ou peça ajuda</translation>
    </message>
    <message>
        <source>an erasure is marked lifted by event {event}, which is not the person&apos;s own new opt-in: it was lifted behind the program&apos;s back and the number is no longer blocked; restore the latest backup or ask for help</source>
        <translation>um apagamento consta como levantado pelo registro {event}, que não é uma nova autorização da própria pessoa: foi levantado sem passar pelo programa e o número já não está bloqueado; restaure o último backup ou peça ajuda</translation>
    </message>
    <message>
        <source>the server role {role} may UPDATE, DELETE or TRUNCATE the ledger: only its owner should; take it back as the owner (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</source>
        <translation>o papel de servidor {role} pode fazer UPDATE, DELETE ou TRUNCATE no livro: só o dono dele deveria; retire essa permissão como dono (REVOKE UPDATE, DELETE, TRUNCATE ON consent_events FROM {role})</translation>
    </message>
    <message>
        <source>the stored Merkle root of block {block} (the events up to {event_id}) is not the root of those events in the ledger: it was changed behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>a raiz de Merkle guardada do bloco {block} (os eventos até o {event_id}) não é a raiz desses eventos no livro: foi alterada por fora do programa. As provas passam a ser montadas com todos os eventos; restaure o backup mais recente</translation>
    </message>
    <message>
        <source>the Merkle root of block {block} (the events up to {event_id}) is missing: it was deleted behind the program&apos;s back. Proofs are built from every event instead; restore the latest backup</source>
        <translation>falta a raiz de Merkle do bloco {block} (os eventos até o {event_id}): foi excluída por fora do programa. As provas passam a ser montadas com todos os eventos; restaure o backup mais recente</translation>
    </message>
    <message>
        <source>a Merkle root is stored for block {block}, which the ledger does not hold: it was added behind the program&apos;s back; restore the latest backup</source>
        <translation>há uma raiz de Merkle guardada para o bloco {block}, que o livro não contém: foi adicionada por fora do programa; restaure o backup mais recente</translation>
    </message>
    <message>
        <source>no consent on file</source>
        <translation>sem consentimento registrado</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>fev</translation>
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
        <translation>mai</translation>
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
        <translation>set</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dez</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulário em papel</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>pessoalmente</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>ligação telefônica</translation>
    </message>
    <message>
        <source>phone menu</source>
        <translation>menu telefônico</translation>
    </message>
    <message>
        <source>the website</source>
        <translation>o site</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>the till</source>
        <translation>o caixa</translation>
    </message>
    <message>
        <source>a sign-up form</source>
        <translation>um formulário de cadastro</translation>
    </message>
    <message>
        <source>a WhatsApp ad</source>
        <translation>um anúncio de WhatsApp</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>uma importação</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>botão de parar do WhatsApp</translation>
    </message>
    <message>
        <source>another way</source>
        <translation>outra forma</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>erased on request on {day}</source>
        <translation>apagado a pedido em {day}</translation>
    </message>
    <message>
        <source>consent for {categories} only</source>
        <translation>consentimento apenas para {categories}</translation>
    </message>
    <message numerus="yes">
        <source>%n {what} message(s) in the last {days} days</source>
        <translation>
            <numerusform>%n mensagem de {what} nos últimos {days} dias</numerusform>
            <numerusform>%n mensagens de {what} nos últimos {days} dias</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; add an opt-out option: {why}</source>
        <translation>{reason}; incluir opção de descadastro: {why}</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day} ({method})</source>
        <translation>descadastrou-se de {scope} em {day} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} ({method})</source>
        <translation>descadastrou-se de {scope} ({method})</translation>
    </message>
    <message>
        <source>opted out of {scope} on {day}</source>
        <translation>descadastrou-se de {scope} em {day}</translation>
    </message>
    <message>
        <source>opted out of {scope}</source>
        <translation>descadastrou-se de {scope}</translation>
    </message>
    <message>
        <source>opted in on {day} ({method})</source>
        <translation>autorizou em {day} ({method})</translation>
    </message>
    <message>
        <source>opted in on {day}</source>
        <translation>autorizou em {day}</translation>
    </message>
    <message>
        <source>opted in ({method})</source>
        <translation>autorizou ({method})</translation>
    </message>
    <message>
        <source>first after more than {days} days</source>
        <translation>a primeira após mais de {days} dias</translation>
    </message>
    <message>
        <source>nothing from or about them in {days} days</source>
        <translation>nenhuma atividade da pessoa em {days} dias</translation>
    </message>
    <message>
        <source>first marketing message</source>
        <translation>primeira mensagem de marketing</translation>
    </message>
    <message>
        <source>{path} is a folder: give the database file, for example {file}</source>
        <translation>{path} é uma pasta: indique o arquivo do banco de dados, por exemplo {file}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: check the --db path (nothing was created)</source>
        <translation>a pasta {folder} não existe: verifique o caminho de --db (nada foi criado)</translation>
    </message>
    <message>
        <source>there are no records yet: set up the shop with &apos;optin-desk init&apos;</source>
        <translation>ainda não há registros: configure a loja com &apos;optin-desk init&apos;</translation>
    </message>
    <message>
        <source>there are no records at {path} yet: set up the shop with &apos;optin-desk init&apos; and this --db, or check the path</source>
        <translation>ainda não há registros em {path}: configure a loja com &apos;optin-desk init&apos; e este --db, ou verifique o caminho</translation>
    </message>
    <message>
        <source>{path} cannot be written and is from another version of OptIn Desk: copy it to a writable folder to open it</source>
        <translation>{path} não pode ser gravado e é de outra versão do OptIn Desk: copie-o para uma pasta gravável para abri-lo</translation>
    </message>
    <message>
        <source>{path} cannot be written: it cannot be upgraded</source>
        <translation>{path} não pode ser gravado: não pode ser atualizado</translation>
    </message>
    <message>
        <source>checkpoint {name}: it cannot be read as a checkpoint ({reason})</source>
        <translation>ponto de controle {name}: não pode ser lido como ponto de controle ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>the records no longer start with the %n event(s) just backed up (restored or replaced meanwhile): no checkpoint was taken; back up again</source>
        <translation>
            <numerusform>os registros não começam mais com o %n evento que acabou de ir para o backup (foram restaurados ou substituídos nesse meio-tempo): nenhum ponto de controle foi feito; faça o backup de novo</numerusform>
            <numerusform>os registros não começam mais com os %n eventos que acabaram de ir para o backup (foram restaurados ou substituídos nesse meio-tempo): nenhum ponto de controle foi feito; faça o backup de novo</numerusform>
        </translation>
    </message>
    <message>
        <source>no checkpoint found in {path} (files ending in .checkpoint.json or -checkpoints.jsonl)</source>
        <translation>nenhum ponto de controle encontrado em {path} (arquivos terminados em .checkpoint.json ou -checkpoints.jsonl)</translation>
    </message>
    <message>
        <source>these records were restored from {source} on {at}: a checkpoint made before that restore may be of the records it replaced (kept beside them as a &apos;replaced&apos; copy); check it against that copy with --db</source>
        <translation>estes registros foram restaurados de {source} em {at}: um ponto de controle feito antes dessa restauração pode ser dos registros substituídos (guardados ao lado como cópia &apos;replaced&apos;); confira com essa cópia usando --db</translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: its %n event(s) (made {made}) (was|were) replaced by the restore of {at} (head {head}), which the ledger records as event {event}; the replaced records are kept beside them</source>
        <translation>
            <numerusform>ponto de controle {name}: seu %n evento (feito em {made}) foi substituído pela restauração de {at} (topo {head}), que o livro registra como evento {event}; os registros substituídos ficam guardados ao lado</numerusform>
            <numerusform>ponto de controle {name}: seus %n eventos (feito em {made}) foram substituídos pela restauração de {at} (topo {head}), que o livro registra como evento {event}; os registros substituídos ficam guardados ao lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}, key {key})</source>
        <translation>
            <numerusform>ponto de controle {name}: ok, o livro contém seu %n evento (feito em {made}, chave {key})</numerusform>
            <numerusform>ponto de controle {name}: ok, o livro contém seus %n eventos (feito em {made}, chave {key})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: ok, the ledger holds its %n event(s) (made {made}), but it is unsigned: the signing key was locked by the owner PIN when it was made</source>
        <translation>
            <numerusform>ponto de controle {name}: ok, o livro contém seu %n evento (feito em {made}), mas ele não está assinado: a chave de assinatura estava protegida pelo PIN do dono quando foi feito</numerusform>
            <numerusform>ponto de controle {name}: ok, o livro contém seus %n eventos (feito em {made}), mas ele não está assinado: a chave de assinatura estava protegida pelo PIN do dono quando foi feito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: it counted %n event(s) on {made}, but the ledger holds only {count}: events were removed or the ledger was replaced</source>
        <translation>
            <numerusform>ponto de controle {name}: contou %n evento em {made}, mas o livro só tem {count}: eventos foram removidos ou o livro foi substituído</numerusform>
            <numerusform>ponto de controle {name}: contou %n eventos em {made}, mas o livro só tem {count}: eventos foram removidos ou o livro foi substituído</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checkpoint {name}: the ledger&apos;s first %n (event does|events do) not give the root hash it recorded on {made}: the ledger was rewritten or replaced since</source>
        <translation>
            <numerusform>ponto de controle {name}: o primeiro evento do livro não dá o hash raiz registrado em {made}: o livro foi reescrito ou substituído desde então</numerusform>
            <numerusform>ponto de controle {name}: os primeiros %n eventos do livro não dão o hash raiz registrado em {made}: o livro foi reescrito ou substituído desde então</numerusform>
        </translation>
    </message>
    <message>
        <source>checkpoint {name}: event {size} of the ledger does not have the head hash it recorded on {made}: the ledger was rewritten or the checkpoint altered</source>
        <translation>ponto de controle {name}: o evento {size} do livro não tem o hash de topo registrado em {made}: o livro foi reescrito ou o ponto de controle foi alterado</translation>
    </message>
    <message>
        <source>checkpoint {name}: its signature does not match its contents (it was altered, or not signed by the key it names)</source>
        <translation>ponto de controle {name}: a assinatura não confere com o conteúdo (foi alterado, ou não foi assinado pela chave que indica)</translation>
    </message>
    <message>
        <source>its texts are marked erased on request, but its person was never erased</source>
        <translation>os textos estão marcados como apagados a pedido, mas a pessoa nunca foi apagada</translation>
    </message>
    <message numerus="yes">
        <source>the number of contact {contacts} and %n more is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>
            <numerusform>o número do contato {contacts} e de mais %n não é o número com que a chave foi feita: números foram trocados ou alterados no arquivo</numerusform>
            <numerusform>o número dos contatos {contacts} e de mais %n não é o número com que a chave foi feita: números foram trocados ou alterados no arquivo</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of contact {contacts} is not the number its key was made from: numbers were swapped or changed in the file</source>
        <translation>o número do contato {contacts} não é o número com que a chave foi feita: números foram trocados ou alterados no arquivo</translation>
    </message>
    <message>
        <source>the bind of event {event} names no contacts</source>
        <translation>o vínculo do evento {event} não nomeia nenhum contato</translation>
    </message>
    <message>
        <source>the contacts&apos; keys no longer match what event {event} bound: a contact&apos;s key was changed, swapped or removed in the file</source>
        <translation>as chaves dos contatos não correspondem mais ao que o evento {event} vinculou: a chave de um contato foi alterada, trocada ou removida no arquivo</translation>
    </message>
    <message>
        <source>its texts (note, customer&apos;s words, confirmation, reason) were changed</source>
        <translation>os textos (nota, palavras do cliente, confirmação, motivo) foram alterados</translation>
    </message>
    <message>
        <source>its texts were erased on request, yet texts are there again</source>
        <translation>os textos foram apagados a pedido, mas há textos de novo</translation>
    </message>
    <message>
        <source>events are out of order</source>
        <translation>os eventos estão fora de ordem</translation>
    </message>
    <message>
        <source>it does not follow the event before it</source>
        <translation>não segue o evento anterior</translation>
    </message>
    <message>
        <source>its stored hash does not match its fields</source>
        <translation>o hash guardado não corresponde aos campos</translation>
    </message>
    <message>
        <source>event ids {first} to {last} are missing before it: the program numbers events without gaps, so events were removed</source>
        <translation>faltam os números de evento {first} a {last} antes dele: o programa numera os eventos sem lacunas, então eventos foram removidos</translation>
    </message>
    <message>
        <source>it belongs to contact {contact}, whose row now carries another person&apos;s key: contacts&apos; numbers or keys were swapped or changed in the file</source>
        <translation>pertence ao contato {contact}, cuja linha agora tem a chave de outra pessoa: números ou chaves de contatos foram trocados ou alterados no arquivo</translation>
    </message>
    <message>
        <source>it is dated {dated} UTC, after it was recorded ({recorded} UTC): no event may be dated ahead</source>
        <translation>tem data {dated} UTC, posterior ao registro ({recorded} UTC): nenhum evento pode ter data adiantada</translation>
    </message>
    <message numerus="yes">
        <source>the ledger recorded %n event(s) ending in {head}, but the chain holds only {count}, ending at event {last}: events were removed</source>
        <translation>
            <numerusform>o livro registrou %n evento terminando em {head}, mas a cadeia só tem {count}, até o evento {last}: eventos foram removidos</numerusform>
            <numerusform>o livro registrou %n eventos terminando em {head}, mas a cadeia só tem {count}, até o evento {last}: eventos foram removidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) recorded before texts were chained as commitments had their texts erased on request (first: {first}): each one&apos;s other fields are taken on trust from the event after it, which still chains its hash</source>
        <translation>
            <numerusform>%n evento registrado antes de os textos serem encadeados como compromissos teve os textos apagados a pedido (o primeiro: {first}): os demais campos são aceitos com base no evento seguinte, que ainda encadeia o hash</numerusform>
            <numerusform>%n eventos registrados antes de os textos serem encadeados como compromissos tiveram os textos apagados a pedido (o primeiro: {first}): os demais campos são aceitos com base no evento seguinte, que ainda encadeia o hash</numerusform>
        </translation>
    </message>
    <message>
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC): the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>o evento {event} foi registrado em {recorded} UTC, antes do evento anterior ({ahead} UTC): o relógio do computador estava errado, ou os registros foram carregados fora de ordem (a ordem do livro continua valendo)</translation>
    </message>
    <message numerus="yes">
        <source>event {event} was recorded at {recorded} UTC, before the event ahead of it ({ahead} UTC), and %n more like it: the computer&apos;s clock was wrong, or the records were loaded out of order (the ledger&apos;s order still holds)</source>
        <translation>
            <numerusform>o evento {event} foi registrado em {recorded} UTC, antes do evento anterior ({ahead} UTC), e mais %n como ele: o relógio do computador estava errado, ou os registros foram carregados fora de ordem (a ordem do livro continua valendo)</numerusform>
            <numerusform>o evento {event} foi registrado em {recorded} UTC, antes do evento anterior ({ahead} UTC), e mais %n como ele: o relógio do computador estava errado, ou os registros foram carregados fora de ordem (a ordem do livro continua valendo)</numerusform>
        </translation>
    </message>
    <message>
        <source>no words</source>
        <translation>sem palavras</translation>
    </message>
    <message>
        <source>says both {out} and {in_}: a person decides</source>
        <translation>diz {out} e também {in_}: uma pessoa decide</translation>
    </message>
    <message>
        <source>keyword {word}</source>
        <translation>palavra-chave {word}</translation>
    </message>
    <message>
        <source>{word} among other words: a person decides</source>
        <translation>{word} entre outras palavras: uma pessoa decide</translation>
    </message>
    <message>
        <source>says {words}: may mean stop; a person decides</source>
        <translation>diz {words}: pode querer parar; uma pessoa decide</translation>
    </message>
    <message>
        <source>keyword {word}: an opt-in once staff confirm</source>
        <translation>palavra-chave {word}: um consentimento depois que a equipe confirmar</translation>
    </message>
    <message>
        <source>no opt-out or opt-in words</source>
        <translation>sem palavras de descadastro nem de consentimento</translation>
    </message>
    <message>
        <source>would undo the opt-out of {key} on {when} ({how}): an import never opts anyone back in; a new opt-in needs its own evidence</source>
        <translation>desfaria o descadastro de {key} em {when} ({how}): uma importação nunca recadastra ninguém; um novo consentimento precisa de prova própria</translation>
    </message>
    <message>
        <source>form from another print run</source>
        <translation>formulário de outra impressão</translation>
    </message>
    <message>
        <source>lifts the erasure on request of {day} (the person&apos;s own new consent)</source>
        <translation>suspende o apagamento pedido em {day} (novo consentimento da própria pessoa)</translation>
    </message>
    <message>
        <source>replied: {message}</source>
        <translation>respondeu: {message}</translation>
    </message>
    <message>
        <source>imported from {file}, row {row}</source>
        <translation>importado de {file}, linha {row}</translation>
    </message>
    <message>
        <source>their method: {method}</source>
        <translation>método na origem: {method}</translation>
    </message>
    <message>
        <source>re-applied after a restore from {file}: event {event}, recorded {recorded}</source>
        <translation>reaplicado após restaurar de {file}: evento {event}, registrado em {recorded}</translation>
    </message>
    <message numerus="yes">
        <source>the connection to the database server was lost part way through the import: %n of {total} rows (was|were) recorded before it and (is|are) kept; check the network and the server, then run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>a conexão com o servidor do banco de dados caiu no meio da importação: %n de {total} linhas foi registrada antes e está guardada; verifique a rede e o servidor e execute a mesma importação de novo: ela só adiciona as linhas que ainda faltam</numerusform>
            <numerusform>a conexão com o servidor do banco de dados caiu no meio da importação: %n de {total} linhas foram registradas antes e estão guardadas; verifique a rede e o servidor e execute a mesma importação de novo: ela só adiciona as linhas que ainda faltam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the import stopped part way through ({detail}): %n of {total} rows (was|were) recorded before it and (is|are) kept; once that is put right, run the same import again: it adds only the rows still missing</source>
        <translation>
            <numerusform>a importação parou no meio ({detail}): %n de {total} linhas foi registrada antes e está guardada; depois de resolver isso, execute a mesma importação de novo: ela só adiciona as linhas que ainda faltam</numerusform>
            <numerusform>a importação parou no meio ({detail}): %n de {total} linhas foram registradas antes e estão guardadas; depois de resolver isso, execute a mesma importação de novo: ela só adiciona as linhas que ainda faltam</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; {note}</source>
        <translation>{reason}; {note}</translation>
    </message>
    <message>
        <source>warning: WhatsApp could not deliver to this number on {day} (131026 {title}: often not on WhatsApp)</source>
        <translation>aviso: o WhatsApp não conseguiu entregar a este número em {day} (131026 {title}: muitas vezes não usa WhatsApp)</translation>
    </message>
    <message>
        <source>--report and --allowed need the number of a check</source>
        <translation>--report e --allowed precisam do número de uma conferência</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form, and the file has no serial column: add one (serial) with the serial printed on each form</source>
        <translation>uma autorização em formulário em papel indica o seu formulário, e o arquivo não tem coluna de número de série: acrescente uma (serial) com o número de série impresso em cada formulário</translation>
    </message>
    <message>
        <source>a paper-form opt-in names its form: fill in the serial printed on it</source>
        <translation>uma autorização em formulário em papel indica o seu formulário: preencha o número de série impresso nele</translation>
    </message>
    <message>
        <source>form serial {serial} looks like one of this shop&apos;s serials (XXXX-XXXX-C), mistyped: look at the form again</source>
        <translation>o número de série {serial} parece um dos desta loja (XXXX-XXXX-C), digitado errado: olhe o formulário de novo</translation>
    </message>
    <message>
        <source>form {serial} is already entered for another person (entry #{entry})</source>
        <translation>o formulário {serial} já foi digitado para outra pessoa (registro nº {entry})</translation>
    </message>
    <message>
        <source>form {serial} is on row {row} too, for another number</source>
        <translation>o formulário {serial} também está na linha {row}, com outro número</translation>
    </message>
    <message>
        <source>--key is neither a public key (base64 of 32 bytes) nor a fingerprint (64 hex digits)</source>
        <translation>--key não é nem uma chave pública (base64 de 32 bytes) nem uma impressão digital (64 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>{path} cannot be read as a proof JSON ({reason})</source>
        <translation>{path} não pode ser lido como JSON de prova ({reason})</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>{serial} is mistyped: its check symbol does not match; look at the form again</source>
        <translation>{serial} foi digitado errado: o símbolo de controle não confere; olhe o formulário de novo</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} não é uma série que esta loja imprimiu (elas têm o formato XXXX-XXXX-C): olhe o formulário de novo, ou marque “Formulário de outra impressão” se a loja o imprimiu em outro lugar</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or tick “Form from another print run” if the shop printed it elsewhere</source>
        <translation>{serial} nunca foi impresso aqui: olhe o formulário de novo, ou marque “Formulário de outra impressão” se a loja o imprimiu em outro lugar</translation>
    </message>
    <message>
        <source>{serial}: a form from another print run; kept as the form&apos;s reference, with a note</source>
        <translation>{serial}: um formulário de outra impressão; guardado como referência do formulário, com uma observação</translation>
    </message>
    <message>
        <source>form {serial} is already entered: {who}, signed {day} (entry #{entry})</source>
        <translation>o formulário {serial} já foi digitado: {who}, assinado em {day} (registro nº {entry})</translation>
    </message>
    <message>
        <source>form {serial}: {language} wording v{version}, printed {day}</source>
        <translation>formulário {serial}: texto {language} v{version}, impresso em {day}</translation>
    </message>
    <message>
        <source>a paper form needs its serial: type the one printed at the top of the form (a form the shop printed elsewhere: type the number it carries and tick “Form from another print run”)</source>
        <translation>um formulário em papel precisa do seu número de série: digite o que está impresso no alto do formulário (um formulário que a loja imprimiu em outro lugar: digite o número que ele traz e marque “Formulário de outra impressão”)</translation>
    </message>
    <message>
        <source>an erased person</source>
        <translation>uma pessoa apagada</translation>
    </message>
    <message>
        <source>{serial} is not a serial this shop printed (they read XXXX-XXXX-C): look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} não é uma série que esta loja imprimiu (elas têm o formato XXXX-XXXX-C): olhe o formulário de novo, ou informe --other-print-run se a loja o imprimiu em outro lugar</translation>
    </message>
    <message>
        <source>{serial} was never printed here: look at the form again, or give --other-print-run if the shop printed it elsewhere</source>
        <translation>{serial} nunca foi impresso aqui: olhe o formulário de novo, ou informe --other-print-run se a loja o imprimiu em outro lugar</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>the proof has no anchor section (made before proofs were anchored?)</source>
        <translation>a prova não tem seção de âncora (feita antes de as provas serem ancoradas?)</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is damaged: {reason}</source>
        <translation>o ponto de controle da prova está danificado: {reason}</translation>
    </message>
    <message>
        <source>the consent record around the events was altered: its elements (record id, purposes, controller, retention, ...) no longer give the sha256 the shop signed</source>
        <translation>o registro de consentimento em torno dos eventos foi alterado: seus elementos (id do registro, finalidades, controlador, retenção, ...) não dão mais o sha256 que a loja assinou</translation>
    </message>
    <message>
        <source>the proof&apos;s checkpoint is not signed: nothing ties it to the shop&apos;s key</source>
        <translation>o ponto de controle da prova não está assinado: nada o liga à chave da loja</translation>
    </message>
    <message>
        <source>the proof is signed by key {found}, not by the key given ({given})</source>
        <translation>a prova está assinada pela chave {found}, não pela chave informada ({given})</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature does not match its contents: it was altered</source>
        <translation>a assinatura do ponto de controle não confere com o conteúdo: ele foi alterado</translation>
    </message>
    <message>
        <source>the signed list of the person&apos;s events does not match the proof: an event was removed, added or replaced, or the signed sha256 of the record around them was changed</source>
        <translation>a lista assinada dos eventos da pessoa não confere com a prova: um evento foi removido, adicionado ou substituído, ou o sha256 assinado do registro em torno deles foi alterado</translation>
    </message>
    <message>
        <source>event {event}: its anchor entry is damaged ({reason})</source>
        <translation>evento {event}: sua entrada de âncora está danificada ({reason})</translation>
    </message>
    <message>
        <source>event {event}: its chained fields do not give its hash: a field was altered</source>
        <translation>evento {event}: seus campos encadeados não dão o hash dele: um campo foi alterado</translation>
    </message>
    <message>
        <source>event {event}: its texts and salt do not give the commitment it chained: a text was altered</source>
        <translation>evento {event}: seus textos e o sal não dão o compromisso que ele encadeou: um texto foi alterado</translation>
    </message>
    <message>
        <source>event {event}: its inclusion proof does not lead to the checkpoint&apos;s root: it is not in the ledger the checkpoint signs</source>
        <translation>evento {event}: sua prova de inclusão não leva à raiz do ponto de controle: ele não está no livro que o ponto de controle assina</translation>
    </message>
    <message>
        <source>the proof lists events {shown} but anchors {anchored}: an event was removed or added</source>
        <translation>a prova lista os eventos {shown}, mas ancora {anchored}: um evento foi removido ou adicionado</translation>
    </message>
    <message>
        <source>event {event}: its {field} differs from the chained record: it was altered</source>
        <translation>evento {event}: o campo {field} difere do registro encadeado: foi alterado</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n (event recomputes to its hash and is|events recompute to their hashes and are) in the {ledger} signed on {made} by key {key}</source>
        <translation>
            <numerusform>ok: %n evento recalcula seu hash e está no {ledger} assinado em {made} pela chave {key}</numerusform>
            <numerusform>ok: %n eventos recalculam seus hashes e estão no {ledger} assinado em {made} pela chave {key}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ledger of %n event(s)</source>
        <translation>
            <numerusform>livro de %n evento</numerusform>
            <numerusform>livro de %n eventos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>descadastros</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Cada disparo: o que aconteceu e descadastros em até 7 dias</translation>
    </message>
    <message>
        <source>No broadcast recorded as sent yet.</source>
        <translation>Nenhum envio registrado como enviado ainda.</translation>
    </message>
    <message>
        <source>Nobody has opted in yet.</source>
        <translation>Ninguém deu autorização ainda.</translation>
    </message>
    <message>
        <source>{percent}% of {people}</source>
        <translation>{percent}% de {people}</translation>
    </message>
    <message>
        <source>first opt-in by {method}</source>
        <translation>primeira autorização na forma “{method}”</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number (from WhatsApp Manager)</source>
        <translation>Avaliação de qualidade de cada número de WhatsApp (do WhatsApp Manager)</translation>
    </message>
    <message>
        <source>No quality reading entered yet.</source>
        <translation>Nenhuma leitura de qualidade registrada ainda.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>de {first} a {last}</translation>
    </message>
    <message>
        <source>What came of your WhatsApp messages · {shop}</source>
        <translation>O resultado das suas mensagens de WhatsApp · {shop}</translation>
    </message>
    <message>
        <source>Quality report · {shop}</source>
        <translation>Relatório de qualidade · {shop}</translation>
    </message>
    <message>
        <source>Made {when} by OptIn Desk</source>
        <translation>Feito em {when} pelo OptIn Desk</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nada precisa da sua atenção.</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Taxa de descadastro por forma de autorização</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Taxa de descadastro por versão do texto assinado</translation>
    </message>
</context>
<context>
    <name>RecordsProblem</name>
    <message>
        <source>The database server refused the user name or password this computer uses. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>O servidor de banco de dados recusou o usuário ou a senha que este computador usa. Nada foi registrado. Peça o endereço certo a quem configurou o servidor.</translation>
    </message>
    <message>
        <source>The database server has no records of that name. Nothing was recorded. Ask whoever set up the server for the right address.</source>
        <translation>O servidor de banco de dados não tem registros com esse nome. Nada foi registrado. Peça o endereço certo a quem configurou o servidor.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost in the middle. The server keeps a save whole or not at all: check the network, then try again.</source>
        <translation>A conexão com o servidor de banco de dados caiu no meio. O servidor grava tudo ou nada: confira a rede e tente de novo.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check that it is switched on and that this computer is on the network, then try again. Nothing was recorded.</source>
        <translation>Não é possível alcançar o servidor de banco de dados. Confira se ele está ligado e se este computador está na rede, e tente de novo. Nada foi registrado.</translation>
    </message>
    <message>
        <source>This computer&apos;s database role may not do that: setting up or upgrading the tables, and restoring, are for the records&apos; owner role. Nothing was recorded.</source>
        <translation>O papel de banco de dados deste computador não pode fazer isso: criar ou atualizar as tabelas, e restaurar, são para o papel dono dos registros. Nada foi registrado.</translation>
    </message>
    <message>
        <source>The records are being restored from a backup. Nothing was recorded: try again in a moment.</source>
        <translation>Os registros estão sendo restaurados de um backup. Nada foi registrado: tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The records are busy with another program. Nothing was lost: wait a moment and try again.</source>
        <translation>Os registros estão ocupados com outro programa. Nada se perdeu: espere um pouco e tente de novo.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was recorded.</source>
        <translation>O disco está cheio. Libere espaço e tente de novo; nada foi registrado.</translation>
    </message>
    <message>
        <source>The records file cannot be written. Check that the folder is writable.</source>
        <translation>O arquivo de registros não pode ser gravado. Confira se a pasta permite gravação.</translation>
    </message>
    <message>
        <source>The records file cannot be opened. Check that the folder still exists.</source>
        <translation>O arquivo de registros não pode ser aberto. Confira se a pasta ainda existe.</translation>
    </message>
    <message>
        <source>This file is not an OptIn Desk database. Nothing was recorded.</source>
        <translation>Este arquivo não é um banco de dados do OptIn Desk. Nada foi registrado.</translation>
    </message>
    <message>
        <source>The records could not be saved (%s). Nothing was recorded; try again.</source>
        <translation>Não foi possível salvar os registros (%s). Nada foi registrado; tente de novo.</translation>
    </message>
</context>
</TS>
