<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>CategoryLanguageEditor</name>
    <message>
        <source>Kinds of messages in each language</source>
        <translation>Tipos de mensagem em cada idioma</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Tipo de mensagem</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Save this &amp;language</source>
        <translation>Sal&amp;var este idioma</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>%s (not saved yet)</source>
        <translation>%s (ainda não salvo)</translation>
    </message>
    <message>
        <source>Not saved in this language yet: %s. Forms in it print them in the shop&apos;s language until you save.</source>
        <translation>Ainda não salvo neste idioma: %s. Os formulários neste idioma os imprimem no idioma da loja até você salvar.</translation>
    </message>
    <message>
        <source>Every kind of message has its text in this language.</source>
        <translation>Todos os tipos de mensagem têm texto neste idioma.</translation>
    </message>
    <message>
        <source>Saving the kinds of messages</source>
        <translation>Salvando os tipos de mensagem</translation>
    </message>
    <message>
        <source>Save the kinds of messages</source>
        <translation>Salvar os tipos de mensagem</translation>
    </message>
    <message>
        <source>Kinds of messages saved in %s (wording v%d)</source>
        <translation>Tipos de mensagem salvos em %s (texto v%d)</translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message>
        <source>A saved kind of message keeps its kind: the consent people gave was for service or for marketing messages. To change it, archive this one and add a new one.</source>
        <translation>Um tipo de mensagem salvo mantém sua natureza: o consentimento foi dado para mensagens de serviço ou de marketing. Para mudar, arquive este e crie um novo.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arquivado</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>&amp;Open list…</source>
        <translation>&amp;Abrir lista…</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>C&amp;olar lista</translation>
    </message>
    <message>
        <source>Open a list, drop a file here, or paste one.</source>
        <translation>Abra uma lista, solte um arquivo aqui ou cole uma lista.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Conferir</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Show verdict</source>
        <translation>Mostrar resultado</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Salvar &amp;relatório…</translation>
    </message>
    <message>
        <source>Save &amp;allowed list…</source>
        <translation>Salvar lista de &amp;liberados…</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>Registrar como &amp;enviado</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Planilha:</translation>
    </message>
    <message>
        <source>&amp;Numbers in column:</source>
        <translation>&amp;Números na coluna:</translation>
    </message>
    <message>
        <source>Na&amp;mes in column:</source>
        <translation>No&amp;mes na coluna:</translation>
    </message>
    <message>
        <source>Kind of &amp;message:</source>
        <translation>&amp;Tipo de mensagem:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>No list checked yet. Paste a list of numbers or open a file, then check it: every row gets its verdict here.</source>
        <translation>Nenhuma lista conferida ainda. Cole uma lista de números ou abra um arquivo e confira: cada linha recebe seu resultado aqui.</translation>
    </message>
    <message>
        <source>No row has this verdict. Choose “All rows” to see every row.</source>
        <translation>Nenhuma linha tem este resultado. Escolha “Todas as linhas” para ver todas.</translation>
    </message>
    <message>
        <source>Open a recipient list</source>
        <translation>Abrir uma lista de destinatários</translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the numbers first.</source>
        <translation>A área de transferência não tem texto: copie os números primeiro.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto colado</translation>
    </message>
    <message>
        <source>%s cannot be read: %s</source>
        <translation>Não foi possível ler %s: %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n records</source>
        <translation>
            <numerusform>%1 — %n registro</numerusform>
            <numerusform>%1 — %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Conferir %1: %n linha de %2 para %3.</numerusform>
            <numerusform>Conferir %1: %n linhas de %2 para %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3, recorded as sent on %4. Open or paste a list to check another.</source>
        <translation>
            <numerusform>A última conferência guardada, %1: %n linha de %2 para %3, registrada como enviada em %4. Abra ou cole uma lista para conferir outra.</numerusform>
            <numerusform>A última conferência guardada, %1: %n linhas de %2 para %3, registrada como enviada em %4. Abra ou cole uma lista para conferir outra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last check kept, %1: %n rows of %2 for %3. Open or paste a list to check another.</source>
        <translation>
            <numerusform>A última conferência guardada, %1: %n linha de %2 para %3. Abra ou cole uma lista para conferir outra.</numerusform>
            <numerusform>A última conferência guardada, %1: %n linhas de %2 para %3. Abra ou cole uma lista para conferir outra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3, recorded as sent on %4.</source>
        <translation>
            <numerusform>Conferência %1, guardada em %5: %n linha de %2 para %3, registrada como enviada em %4.</numerusform>
            <numerusform>Conferência %1, guardada em %5: %n linhas de %2 para %3, registrada como enviada em %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check %1, kept on %5: %n rows of %2 for %3.</source>
        <translation>
            <numerusform>Conferência %1, guardada em %5: %n linha de %2 para %3.</numerusform>
            <numerusform>Conferência %1, guardada em %5: %n linhas de %2 para %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n rows: %1 may be sent to</source>
        <translation>
            <numerusform>%n linha conferida: %1 podem receber</numerusform>
            <numerusform>%n linhas conferidas: %1 podem receber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n people as sent a “%1” message now?</source>
        <translation>
            <numerusform>Registrar %n pessoa como tendo recebido uma mensagem “%1” agora?</numerusform>
            <numerusform>Registrar %n pessoas como tendo recebido uma mensagem “%1” agora?</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the phone numbers.</source>
        <translation>Escolha a coluna que tem os números de telefone.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Conferindo %n linha…</numerusform>
            <numerusform>Conferindo %n linhas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n need an opt-out option</source>
        <translation>
            <numerusform> — %n precisa da opção de descadastro</numerusform>
            <numerusform> — %n precisam da opção de descadastro</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was kept.</source>
        <translation>A conferência foi cancelada; nada foi guardado.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>Save the allowed list</source>
        <translation>Salvar a lista de liberados</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Registrar como enviado</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n messages as sent</source>
        <translation>
            <numerusform>%n mensagem registrada como enviada</numerusform>
            <numerusform>%n mensagens registradas como enviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>(sem nomes)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1</source>
        <translation>
            <numerusform>%n linha gravada em %1</numerusform>
            <numerusform>%n linhas gravadas em %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search by name or number, in any format</source>
        <translation>Busque por nome ou número, em qualquer formato</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contatos</translation>
    </message>
    <message>
        <source>History of the selected contact</source>
        <translation>Histórico do contato selecionado</translation>
    </message>
    <message>
        <source>New o&amp;pt-in…</source>
        <translation>Nova &amp;autorização…</translation>
    </message>
    <message>
        <source>Record opt-&amp;out…</source>
        <translation>Registrar &amp;descadastro…</translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation>A&amp;nular registro…</translation>
    </message>
    <message>
        <source>Open s&amp;can</source>
        <translation>Abrir di&amp;gitalização</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>Apagar a &amp;pedido…</translation>
    </message>
    <message>
        <source>P&amp;roof of consent…</source>
        <translation>P&amp;rova de consentimento…</translation>
    </message>
    <message>
        <source>Pre-filled &amp;form</source>
        <translation>&amp;Formulário preenchido</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>Registrado por:</translation>
    </message>
    <message>
        <source>Choose a contact to see their history.</source>
        <translation>Escolha um contato para ver o histórico.</translation>
    </message>
    <message>
        <source>Proof of consent</source>
        <translation>Prova de consentimento</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s (ledger head %s…)</source>
        <translation>Prova de consentimento salva em %s (topo do livro %s…)</translation>
    </message>
    <message>
        <source>Proof of consent saved to %s, its JSON proof to %s (ledger head %s…)</source>
        <translation>Prova de consentimento guardada em %s, a prova JSON em %s (resumo do registo %s…)</translation>
    </message>
    <message>
        <source>Void entry #%d</source>
        <translation>Anular registro nº %d</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>Por que este registro está errado? (fica guardado junto)</translation>
    </message>
    <message>
        <source>Voiding an opt-out</source>
        <translation>Anulando um descadastro</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>Anular registro</translation>
    </message>
    <message>
        <source>Voided entry #%d: %s</source>
        <translation>Registro nº %d anulado: %s</translation>
    </message>
    <message>
        <source>Erase %s on their request?

Their name, number and scans are removed for good. The consent history stays (without them), and the number stays blocked from broadcasts.</source>
        <translation>Apagar %s a pedido da pessoa?

Nome, número e digitalizações são removidos para sempre. O histórico de consentimento fica (sem esses dados) e o número continua bloqueado para disparos.</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>Apagar a pedido</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>Apagando uma pessoa</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Erased on request; the number stays blocked</source>
        <translation>Apagado a pedido; o número continua bloqueado</translation>
    </message>
    <message>
        <source> (wiping the freed space failed: %s)</source>
        <translation> (falha ao limpar o espaço liberado: %s)</translation>
    </message>
    <message>
        <source> (still readable in the file until the other reader closes)</source>
        <translation> (ainda legível no arquivo até o outro programa que o lê fechar)</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file while a page of this window is still reading it. Try again to finish?</source>
        <translation>A pessoa foi apagada dos registros, mas ainda pode ser lida no arquivo enquanto uma página desta janela o estiver lendo. Tentar de novo para concluir?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but the server keeps their old row versions while another computer has a transaction open. Try again to finish?</source>
        <translation>A pessoa foi apagada dos registros, mas o servidor guarda as versões antigas das linhas dela enquanto outro computador tiver uma transação aberta. Tentar de novo para concluir?</translation>
    </message>
    <message>
        <source>The person is erased from the records, but still readable in the file until another program that has it open (another OptIn Desk window, or another process) closes it. Close it, then try again to finish?</source>
        <translation>A pessoa foi apagada dos registros, mas ainda pode ser lida no arquivo até que outro programa que o tem aberto (outra janela do OptIn Desk, ou outro processo) o feche. Feche-o e depois tente de novo para concluir?</translation>
    </message>
    <message numerus="yes">
        <source>Backups of the records still hold this person: %n backups known to this program. Erase them from those backups too (each is rewritten and checked)?</source>
        <translation>
            <numerusform>Um backup dos registros ainda contém esta pessoa: %n backup conhecido por este programa. Apagar a pessoa também desse backup (ele é reescrito e conferido)?</numerusform>
            <numerusform>Backups dos registros ainda contêm esta pessoa: %n backups conhecidos por este programa. Apagar a pessoa também desses backups (cada um é reescrito e conferido)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase from backups</source>
        <translation>Apagar dos backups</translation>
    </message>
    <message>
        <source>Erased on request; the backups still hold the person</source>
        <translation>Apagado a pedido; os backups ainda contêm a pessoa</translation>
    </message>
    <message numerus="yes">
        <source>Erased on request, and from %n backups.</source>
        <translation>
            <numerusform>Apagado a pedido, e também de %n backup.</numerusform>
            <numerusform>Apagado a pedido, e também de %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n backups that could not be rewritten.</source>
        <translation>
            <numerusform>Excluído %n backup que não pôde ser reescrito.</numerusform>
            <numerusform>Excluídos %n backups que não puderam ser reescritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups could not be rewritten and still hold the person:

%1

Delete them? (A backup whose folder is not there is kept either way.)</source>
        <translation>
            <numerusform>%n backup não pôde ser reescrito e ainda contém a pessoa:

%1

Excluí-lo? (Um backup cuja pasta não está presente é mantido de qualquer forma.)</numerusform>
            <numerusform>%n backups não puderam ser reescritos e ainda contêm a pessoa:

%1

Excluí-los? (Um backup cuja pasta não está presente é mantido de qualquer forma.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Abrir digitalização</translation>
    </message>
    <message>
        <source>The scan is missing from %s. Restore the evidence folder from a backup.</source>
        <translation>A digitalização não está em %s. Restaure a pasta de comprovantes a partir de um backup.</translation>
    </message>
    <message>
        <source>No one matches “%1”. Check the spelling or the number, or type them in on the Sign-ups page.</source>
        <translation>Ninguém corresponde a “%1”. Confira a grafia ou o número, ou cadastre na página Cadastros.</translation>
    </message>
    <message>
        <source>No one is on file yet. Type in a signed form or a yes given in person on the Sign-ups page, and they appear here.</source>
        <translation>Ainda não há ninguém registrado. Digite um formulário assinado ou um sim dado pessoalmente na página Cadastros, e a pessoa aparece aqui.</translation>
    </message>
</context>
<context>
    <name>FiguresReader</name>
    <message>
        <source>Reading the figures</source>
        <translation>Lendo os números</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Parar de ler</translation>
    </message>
    <message>
        <source>Reading the figures from the records…</source>
        <translation>Lendo os números dos registros…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Não foi possível ler os números: %1</translation>
    </message>
    <message>
        <source>Stopped: the figures were not read. Open the page again to read them.</source>
        <translation>Parado: os números não foram lidos. Abra a página de novo para lê-los.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>What stops</source>
        <translation>O que para</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <source>No confirmation waits: every opt-out recorded here was confirmed. When you log a STOP, its confirmation waits here until you mark it sent.</source>
        <translation>Nenhuma confirmação pendente: todo descadastro registrado aqui foi confirmado. Quando você registra um STOP, a confirmação espera aqui até você marcar como enviada.</translation>
    </message>
    <message>
        <source>Copy confirmation</source>
        <translation>Copiar confirmação</translation>
    </message>
    <message>
        <source>Open in WhatsApp</source>
        <translation>Abrir no WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>&amp;Marcar como enviada</translation>
    </message>
    <message>
        <source>Export suppression list…</source>
        <translation>Exportar lista de bloqueio…</translation>
    </message>
    <message>
        <source>Opt-outs whose confirmation is not marked sent, oldest first:</source>
        <translation>Descadastros com confirmação não enviada, mais antigos primeiro:</translation>
    </message>
    <message>
        <source>Confirmation copied</source>
        <translation>Confirmação copiada</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Confirmation to %s marked sent</source>
        <translation>Confirmação para %s marcada como enviada</translation>
    </message>
    <message>
        <source>Exporting the suppression list</source>
        <translation>Exportando a lista de bloqueio</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>Exportar lista de bloqueio</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs written to %1</source>
        <translation>
            <numerusform>%n descadastro gravado em %1</numerusform>
            <numerusform>%n descadastros gravados em %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>a customer&apos;s number, for a pre-filled form</source>
        <translation>número de um cliente, para um formulário preenchido</translation>
    </message>
    <message>
        <source>&amp;Make the forms</source>
        <translation>&amp;Gerar os formulários</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresso</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulários</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvidos</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>No forms printed yet. Choose how many above and press Make the forms: each printing is listed here with how many came back.</source>
        <translation>Nenhum formulário impresso ainda. Escolha quantos acima e clique em Gerar os formulários: cada impressão aparece aqui com quantos voltaram.</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>&amp;Quantos:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;pel:</translation>
    </message>
    <message>
        <source>Pre-&amp;filled for:</source>
        <translation>Pree&amp;nchido para:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>P&amp;or:</translation>
    </message>
    <message numerus="yes">
        <source>%n forms ready (%1 wording v%2): serials %3 to %4. Save or print them: the batch is recorded then.</source>
        <translation>
            <numerusform>%n formulário pronto (texto %1 v%2): séries %3 a %4. Salve ou imprima: o lote é registrado nesse momento.</numerusform>
            <numerusform>%n formulários prontos (texto %1 v%2): séries %3 a %4. Salve ou imprima: o lote é registrado nesse momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each form gets its own serial, printed and in a QR code. When a signed form comes back, type its serial on the Sign-ups page: the sign-up is linked to the wording printed on it.</source>
        <translation>Cada formulário recebe seu próprio número de série, impresso e em um QR code. Quando um formulário assinado voltar, digite a série na página Cadastros: o cadastro fica ligado ao texto impresso nele.</translation>
    </message>
    <message>
        <source>Printed batches:</source>
        <translation>Lotes impressos:</translation>
    </message>
    <message>
        <source>A sample page: each form you make carries its own serial here.</source>
        <translation>Página de exemplo: cada formulário gerado traz aqui seu próprio número de série.</translation>
    </message>
    <message>
        <source>No sample page could be made: %1</source>
        <translation>Não foi possível gerar a página de exemplo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Making %n forms…</source>
        <translation>
            <numerusform>Gerando %n formulário…</numerusform>
            <numerusform>Gerando %n formulários…</numerusform>
        </translation>
    </message>
    <message>
        <source>Make forms</source>
        <translation>Gerar formulários</translation>
    </message>
    <message>
        <source>Cancelled: no forms were made and no serials used.</source>
        <translation>Cancelado: nenhum formulário gerado e nenhuma série usada.</translation>
    </message>
    <message>
        <source>Record the batch</source>
        <translation>Registrar o lote</translation>
    </message>
    <message>
        <source>Save the forms</source>
        <translation>Salvar os formulários</translation>
    </message>
    <message>
        <source>Forms saved to %s</source>
        <translation>Formulários salvos em %s</translation>
    </message>
    <message>
        <source>Forms sent to the printer</source>
        <translation>Formulários enviados para a impressora</translation>
    </message>
</context>
<context>
    <name>KeptChecksBox</name>
    <message>
        <source>Checks kept</source>
        <translation>Conferências guardadas</translation>
    </message>
    <message>
        <source>Show a check kept earlier, with its rows as they were judged</source>
        <translation>Mostrar uma conferência guardada antes, com as linhas como foram avaliadas</translation>
    </message>
    <message numerus="yes">
        <source>Checks kept: %n</source>
        <translation>
            <numerusform>Conferências guardadas: %n</numerusform>
            <numerusform>Conferências guardadas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %4 · %n rows</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %4 · %n linha</numerusform>
            <numerusform>%1 · %2 · %3 · %4 · %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviada em %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Paper form</source>
        <translation>Formulário em papel</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Ligação telefônica</translation>
    </message>
    <message>
        <source>Phone menu (IVR)</source>
        <translation>Menu telefônico (URA)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In a WhatsApp chat</source>
        <translation>Em uma conversa no WhatsApp</translation>
    </message>
    <message>
        <source>At the till / checkout</source>
        <translation>No caixa</translation>
    </message>
    <message>
        <source>Sign-up form</source>
        <translation>Formulário de cadastro</translation>
    </message>
    <message>
        <source>Click-to-WhatsApp ad</source>
        <translation>Anúncio de clique para WhatsApp</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>WhatsApp reply</source>
        <translation>Resposta no WhatsApp</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s stop button</source>
        <translation>Botão de parar do WhatsApp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Autorizou</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrado</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
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
        <source>✓ opted in</source>
        <translation>✓ autorizou</translation>
    </message>
    <message>
        <source>✗ opted out</source>
        <translation>✗ descadastrado</translation>
    </message>
    <message>
        <source>– none</source>
        <translation>– nenhum</translation>
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
        <source>all marketing</source>
        <translation>todo o marketing</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Descadastro</translation>
    </message>
    <message>
        <source>A person decides</source>
        <translation>Uma pessoa decide</translation>
    </message>
    <message>
        <source>Opt-in request</source>
        <translation>Pedido de autorização</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Nada a registrar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
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
        <source>They agreed to this kind of message: send.</source>
        <translation>A pessoa autorizou este tipo de mensagem: pode enviar.</translation>
    </message>
    <message>
        <source>No opt-in to this kind of message is on file: do not send.</source>
        <translation>Não há autorização para este tipo de mensagem: não envie.</translation>
    </message>
    <message>
        <source>They opted out: never send.</source>
        <translation>A pessoa se descadastrou: nunca envie.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp number that can be reached: see the reason.</source>
        <translation>Este não é um número de WhatsApp alcançável: veja o motivo.</translation>
    </message>
    <message>
        <source>The same person is higher up the list: they get one message.</source>
        <translation>A mesma pessoa aparece mais acima na lista: ela recebe uma mensagem só.</translation>
    </message>
    <message>
        <source>They had as many marketing messages as the cap allows lately: wait.</source>
        <translation>A pessoa já recebeu o máximo de mensagens de marketing permitido ultimamente: espere.</translation>
    </message>
    <message>
        <source>Opt-out option needed</source>
        <translation>Precisa da opção de descadastro</translation>
    </message>
    <message>
        <source>This marketing message must tell them how to stop (e.g. &apos;Reply STOP to opt out&apos;): it is their first marketing message, the first after a long gap, or they have not answered for a long time (Settings, Broadcast rules).</source>
        <translation>Esta mensagem de marketing precisa dizer como parar (ex.: &apos;Responda STOP para sair&apos;): é a primeira mensagem de marketing dela, a primeira depois de um longo intervalo, ou ela não responde há muito tempo (Configurações, Regras de disparo).</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Too many messages</source>
        <translation>Mensagens demais</translation>
    </message>
    <message>
        <source>Not relevant to me</source>
        <translation>Não me interessa</translation>
    </message>
    <message>
        <source>I never signed up</source>
        <translation>Nunca me cadastrei</translation>
    </message>
    <message>
        <source>Changed my mind</source>
        <translation>Mudei de ideia</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Outro…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Como escrito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>Número de WhatsApp</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Opt-out option</source>
        <translation>Opção de descadastro</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>On file: %s — %s</source>
        <translation>Registrado: %s — %s</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language of the window</source>
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual ao deste computador</translation>
    </message>
    <message>
        <source>Kept on this computer; used the next time OptIn Desk opens.</source>
        <translation>Guardado neste computador; usado na próxima vez que o OptIn Desk abrir.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idioma da &amp;janela:</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening the records…</source>
        <translation>Abrindo os registros…</translation>
    </message>
    <message>
        <source>Set up your shop to begin</source>
        <translation>Configure sua loja para começar</translation>
    </message>
    <message>
        <source>Something went wrong: %s

Nothing already recorded was lost. The details were written to %s; please send that file to whoever looks after this computer.</source>
        <translation>Algo deu errado: %s

Nada do que já foi registrado se perdeu. Os detalhes foram gravados em %s; envie esse arquivo para quem cuida deste computador.</translation>
    </message>
    <message>
        <source>The records are not open</source>
        <translation>Os registros não estão abertos</translation>
    </message>
    <message>
        <source>Records: %s</source>
        <translation>Registros: %s</translation>
    </message>
    <message numerus="yes">
        <source>Daily backup made: %n entries, checked</source>
        <translation>
            <numerusform>Backup diário feito: %n registro, conferido</numerusform>
            <numerusform>Backup diário feito: %n registros, conferidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Backup diário</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %s. Use Settings, Back up now.</source>
        <translation>Não foi possível fazer o backup diário: %s. Use Configurações, Fazer backup agora.</translation>
    </message>
    <message>
        <source>The records could not be opened: %s. Check the --db path.</source>
        <translation>Não foi possível abrir os registros: %s. Confira o caminho do --db.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>What needs doing today, and how the records stand.</source>
        <translation>O que precisa ser feito hoje e como estão os registros.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Cadastros</translation>
    </message>
    <message>
        <source>Type in signed paper forms, or record a yes given in person.</source>
        <translation>Digite formulários em papel assinados ou registre um sim dado pessoalmente.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Find a person: what they agreed to, when, and their whole history.</source>
        <translation>Encontre uma pessoa: o que ela autorizou, quando, e todo o histórico.</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Descadastros</translation>
    </message>
    <message>
        <source>Log a STOP and send its confirmation; it holds for all your numbers.</source>
        <translation>Registre um STOP e envie a confirmação; vale para todos os seus números.</translation>
    </message>
    <message>
        <source>Check list</source>
        <translation>Conferir lista</translation>
    </message>
    <message>
        <source>Before a broadcast: who on your list may be sent the message.</source>
        <translation>Antes de um disparo: quem da sua lista pode receber a mensagem.</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulários</translation>
    </message>
    <message>
        <source>Print consent forms for customers to sign.</source>
        <translation>Imprima formulários de consentimento para os clientes assinarem.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Your shop, its kinds of messages, wording, staff and backups.</source>
        <translation>Sua loja, tipos de mensagem, textos, equipe e backups.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>How your broadcasts were received: delivered, read, blocked.</source>
        <translation>Como seus disparos foram recebidos: entregues, lidos, bloqueados.</translation>
    </message>
</context>
<context>
    <name>OptInQuestions</name>
    <message>
        <source>This number was erased on request on %s.

Record this opt-in only if the person gave their own new consent after that (in person, on paper or in their own message). Recording it lifts the erasure: their number and name are kept again, and the entry says that it lifted the erasure.

Lift the erasure and record?</source>
        <translation>Este número foi apagado a pedido em %s.

Registre esta autorização só se a pessoa deu um novo consentimento depois disso (pessoalmente, em papel ou por mensagem própria). Registrar desfaz o apagamento: o número e o nome voltam a ser guardados, e o registro diz que desfez o apagamento.

Desfazer o apagamento e registrar?</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>Apagado a pedido</translation>
    </message>
    <message>
        <source>%s. Is the computer&apos;s clock right now? Record only if it is: an earlier record was then made with a wrong clock.</source>
        <translation>%s. O relógio do computador está certo agora? Registre só se estiver: um registro anterior foi feito com o relógio errado.</translation>
    </message>
    <message>
        <source>Check the clock</source>
        <translation>Confira o relógio</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Salvar cadastro</translation>
    </message>
</context>
<context>
    <name>OptOutsPage</name>
    <message>
        <source>Their WhatsApp number in any form, or their name</source>
        <translation>O número de WhatsApp em qualquer formato, ou o nome</translation>
    </message>
    <message>
        <source>What they said or wrote (optional)</source>
        <translation>O que a pessoa disse ou escreveu (opcional)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>Their reason, in a few words</source>
        <translation>O motivo, em poucas palavras</translation>
    </message>
    <message>
        <source>Write it &amp;again</source>
        <translation>Escrever de &amp;novo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Open in &amp;WhatsApp</source>
        <translation>Abrir no &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Confirmation &amp;sent</source>
        <translation>Confirmação &amp;enviada</translation>
    </message>
    <message>
        <source>&amp;Record opt-out</source>
        <translation>&amp;Registrar descadastro</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Pessoa:</translation>
    </message>
    <message>
        <source>What s&amp;tops:</source>
        <translation>O que &amp;para:</translation>
    </message>
    <message>
        <source>&amp;How it came:</source>
        <translation>Como c&amp;hegou:</translation>
    </message>
    <message>
        <source>Their wor&amp;ds:</source>
        <translation>&amp;Palavras dela:</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>Enviar d&amp;e:</translation>
    </message>
    <message>
        <source>C&amp;onfirmation:</source>
        <translation>Con&amp;firmação:</translation>
    </message>
    <message>
        <source>Recorded b&amp;y:</source>
        <translation>Registrado p&amp;or:</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Esperando confirmação</translation>
    </message>
    <message>
        <source>Replies in bulk</source>
        <translation>Respostas em lote</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for confirmation (%n)</source>
        <translation>
            <numerusform>Esperando confirmação (%n)</numerusform>
            <numerusform>Esperando confirmação (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All marketing messages</source>
        <translation>Todas as mensagens de marketing</translation>
    </message>
    <message>
        <source>Everything (service messages too)</source>
        <translation>Tudo (inclusive mensagens de serviço)</translation>
    </message>
    <message>
        <source>Type their number or name; a number not on file can opt out too.</source>
        <translation>Digite o número ou o nome; um número não registrado também pode se descadastrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: choose one (Down, then Enter)</source>
        <translation>
            <numerusform>%n pessoa encontrada: escolha (Seta para baixo, depois Enter)</numerusform>
            <numerusform>%n pessoas encontradas: escolha uma (Seta para baixo, depois Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found: type the full number, e.g. %s</source>
        <translation>Ninguém encontrado: digite o número completo, ex.: %s</translation>
    </message>
    <message>
        <source>%s is not on file: the opt-out is kept all the same.</source>
        <translation>%s não está registrado: o descadastro é guardado mesmo assim.</translation>
    </message>
    <message>
        <source>The confirmation is empty: press Write it again.</source>
        <translation>A confirmação está vazia: clique em Escrever de novo.</translation>
    </message>
    <message>
        <source>Confirmation copied: paste it into their chat</source>
        <translation>Confirmação copiada: cole na conversa da pessoa</translation>
    </message>
    <message>
        <source>Send it from the shop&apos;s number %s</source>
        <translation>Envie pelo número da loja %s</translation>
    </message>
    <message>
        <source>Record opt-out</source>
        <translation>Registrar descadastro</translation>
    </message>
    <message>
        <source>confirmation sent</source>
        <translation>confirmação enviada</translation>
    </message>
    <message>
        <source>confirmation to send</source>
        <translation>confirmação a enviar</translation>
    </message>
    <message>
        <source>Opted out %s (%s); %s</source>
        <translation>Descadastrado %s (%s); %s</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $stopped — the messages that stop; $continues — the messages that still come, if any; $start_keyword — the word that opts in again (%1).</source>
        <translation>Campos: $business — o nome da loja; $stopped — as mensagens que param; $continues — as mensagens que continuam, se houver; $start_keyword — a palavra para autorizar de novo (%1).</translation>
    </message>
    <message>
        <source>Placeholders: $business — the shop&apos;s name; $categories — the kinds of message the person ticks; $stop_keyword — the word that stops messages (%1).</source>
        <translation>Campos: $business — o nome da loja; $categories — os tipos de mensagem que a pessoa marca; $stop_keyword — a palavra que para as mensagens (%1).</translation>
    </message>
</context>
<context>
    <name>PrivacyBox</name>
    <message>
        <source>Privacy (printed on every form)</source>
        <translation>Privacidade (impressa em todo formulário)</translation>
    </message>
    <message>
        <source>empty: the first WhatsApp number above</source>
        <translation>vazio: o primeiro número de WhatsApp acima</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>a web address, or e.g. &apos;on the wall by the till&apos;</source>
        <translation>um endereço na web, ou ex.: &apos;na parede ao lado do caixa&apos;</translation>
    </message>
    <message>
        <source> years after an opt-out</source>
        <translation> anos após um descadastro</translation>
    </message>
    <message>
        <source>Contact W&amp;hatsApp:</source>
        <translation>W&amp;hatsApp de contato:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Privacy &amp;notice is at:</source>
        <translation>Aviso de privacidade &amp;fica em:</translation>
    </message>
    <message>
        <source>&amp;Records kept:</source>
        <translation>&amp;Registros guardados:</translation>
    </message>
</context>
<context>
    <name>QualityCharts</name>
    <message>
        <source>Each broadcast: what it became, and opt-outs within 7 days</source>
        <translation>Cada disparo: o que aconteceu e descadastros em até 7 dias</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviadas</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregues</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lidas</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falharam</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>descadastros</translation>
    </message>
    <message>
        <source>opted out since (%)</source>
        <translation>descadastrados desde então (%)</translation>
    </message>
    <message>
        <source>Quality rating of each WhatsApp number</source>
        <translation>Avaliação de qualidade de cada número de WhatsApp</translation>
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
        <source>first opt-in by %1</source>
        <translation>primeira autorização na forma “%1”</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Read a delivery report…</source>
        <translation>&amp;Ler um relatório de entrega…</translation>
    </message>
    <message>
        <source>&amp;Keep what was read</source>
        <translation>&amp;Guardar o que foi lido</translation>
    </message>
    <message>
        <source>Save the one-page &amp;report…</source>
        <translation>Salvar o &amp;relatório de uma página…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Depois</translation>
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
        <source>e.g. 1K</source>
        <translation>ex.: 1K</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>não se sabe</translation>
    </message>
    <message>
        <source>&amp;Add reading</source>
        <translation>&amp;Adicionar leitura</translation>
    </message>
    <message>
        <source>What WhatsApp Manager shows</source>
        <translation>O que o WhatsApp Manager mostra</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueios</translation>
    </message>
    <message>
        <source>Opt-out rate by how people opted in</source>
        <translation>Taxa de descadastro por forma de autorização</translation>
    </message>
    <message>
        <source>Opt-out rate by wording version signed</source>
        <translation>Taxa de descadastro por versão do texto assinado</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Salvar como PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Salvar o gráfico</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %s</source>
        <translation>Gráfico salvo em %s</translation>
    </message>
    <message>
        <source>Read a delivery report</source>
        <translation>Ler um relatório de entrega</translation>
    </message>
    <message>
        <source>Delivery reports (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>Relatórios de entrega (*.csv *.txt *.xlsx *.jsonl *.json *.ndjson);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>already read</source>
        <translation>já lido</translation>
    </message>
    <message>
        <source>%1: %2, %3 new; %4, %5</source>
        <translation>%1: %2, %3 novas; %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines not read</source>
        <translation>
            <numerusform>%n linha não lida</numerusform>
            <numerusform>%n linhas não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming messages left aside</source>
        <translation>
            <numerusform>%n mensagem recebida deixada de lado</numerusform>
            <numerusform>%n mensagens recebidas deixadas de lado</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept %1; %2</source>
        <translation>Guardado %1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n outcomes</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out of marketing with WhatsApp&apos;s stop button</source>
        <translation>
            <numerusform>%n se descadastrou do marketing pelo botão de parar do WhatsApp</numerusform>
            <numerusform>%n se descadastraram do marketing pelo botão de parar do WhatsApp</numerusform>
        </translation>
    </message>
    <message>
        <source>line %s: %s</source>
        <translation>linha %s: %s</translation>
    </message>
    <message>
        <source>Keep the delivery report</source>
        <translation>Guardar o relatório de entrega</translation>
    </message>
    <message>
        <source>Add a quality reading</source>
        <translation>Adicionar uma leitura de qualidade</translation>
    </message>
    <message>
        <source>Reading kept</source>
        <translation>Leitura guardada</translation>
    </message>
    <message>
        <source>That reading was already kept</source>
        <translation>Essa leitura já estava guardada</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to %s</source>
        <translation>Relatório salvo em %s</translation>
    </message>
</context>
<context>
    <name>QualityThresholds</name>
    <message>
        <source>Warnings (Quality page)</source>
        <translation>Avisos (página Qualidade)</translation>
    </message>
    <message>
        <source>× usual</source>
        <translation>× o normal</translation>
    </message>
    <message>
        <source>% not delivered</source>
        <translation>% não entregues</translation>
    </message>
    <message>
        <source>× another way</source>
        <translation>× outra forma</translation>
    </message>
    <message>
        <source> people</source>
        <translation> pessoas</translation>
    </message>
    <message>
        <source>Save the warning thresholds</source>
        <translation>Salvar os limites de aviso</translation>
    </message>
    <message>
        <source>Opt-outs after a broadcast over:</source>
        <translation>Descadastros após um disparo acima de:</translation>
    </message>
    <message>
        <source>Not delivered over:</source>
        <translation>Não entregues acima de:</translation>
    </message>
    <message>
        <source>Opt-out rate of one way of opting in over:</source>
        <translation>Taxa de descadastro de uma forma de autorização acima de:</translation>
    </message>
    <message>
        <source>Compare ways of opting in with at least:</source>
        <translation>Comparar formas de autorização com pelo menos:</translation>
    </message>
    <message>
        <source>Warning thresholds saved</source>
        <translation>Limites de aviso salvos</translation>
    </message>
</context>
<context>
    <name>RecordKeepingBox</name>
    <message>
        <source>Where records go (stated in every proof)</source>
        <translation>Para onde vão os registros (consta em cada prova)</translation>
    </message>
    <message>
        <source>empty: this computer, or the shop&apos;s server</source>
        <translation>vazio: este computador, ou o servidor da loja</translation>
    </message>
    <message>
        <source>empty: Meta Platforms, as the provider of WhatsApp</source>
        <translation>vazio: Meta Platforms, como fornecedora do WhatsApp</translation>
    </message>
    <message>
        <source>Name every company that receives the numbers, separated by &apos;;&apos;.</source>
        <translation>Indique cada empresa que recebe os números, separadas por &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Records &amp;kept at:</source>
        <translation>Re&amp;gistros guardados em:</translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation>Compartilhados &amp;com:</translation>
    </message>
</context>
<context>
    <name>RecordedBy</name>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>seu nome</translation>
    </message>
    <message>
        <source>Choose or type who is recording this.</source>
        <translation>Escolha ou digite quem está registrando.</translation>
    </message>
</context>
<context>
    <name>RecordsPlace</name>
    <message>
        <source>Records this computer opens</source>
        <translation>Registros que este computador abre</translation>
    </message>
    <message>
        <source>a .sqlite3 file, or postgresql+psycopg://USER@SERVER/DATABASE</source>
        <translation>um arquivo .sqlite3, ou postgresql+psycopg://USER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Outros registros</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Arquivo…</translation>
    </message>
    <message>
        <source>&amp;Try them</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>&amp;Use from the next start</source>
        <translation>&amp;Usar a partir da próxima abertura</translation>
    </message>
    <message>
        <source>Back to this computer&apos;s own &amp;file</source>
        <translation>Voltar ao &amp;arquivo próprio deste computador</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Aberto agora: %1</translation>
    </message>
    <message>
        <source>Opened at each start: %1</source>
        <translation>Aberto a cada início: %1</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>Arquivo de registros</translation>
    </message>
    <message>
        <source>OptIn Desk records (*.sqlite3)</source>
        <translation>Registros do OptIn Desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>These records open, but no shop is set up in them yet.</source>
        <translation>Estes registros abrem, mas ainda não há loja configurada neles.</translation>
    </message>
    <message numerus="yes">
        <source>These are the records of %1: %n entries.</source>
        <translation>
            <numerusform>Estes são os registros de %1: %n registro.</numerusform>
            <numerusform>Estes são os registros de %1: %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>These records cannot be used: %1</source>
        <translation>Estes registros não podem ser usados: %1</translation>
    </message>
    <message>
        <source>Done: close OptIn Desk and start it again to use them.</source>
        <translation>Pronto: feche o OptIn Desk e abra de novo para usá-los.</translation>
    </message>
    <message>
        <source>This computer will open other records from the next start</source>
        <translation>Este computador vai abrir outros registros a partir da próxima abertura</translation>
    </message>
    <message>
        <source>Done: from the next start this computer opens its own records file.</source>
        <translation>Pronto: a partir da próxima abertura este computador abre seu próprio arquivo de registros.</translation>
    </message>
</context>
<context>
    <name>RecordsWatcher</name>
    <message>
        <source>The records can be reached again</source>
        <translation>Os registros estão acessíveis de novo</translation>
    </message>
</context>
<context>
    <name>RepliesPanel</name>
    <message>
        <source>Paste replies here, one per line: &apos;+34 612 345 678: BAJA&apos;, or chat lines copied from WhatsApp, or a table with number and message.</source>
        <translation>Cole as respostas aqui, uma por linha: &apos;+34 612 345 678: BAJA&apos;, ou linhas de conversa copiadas do WhatsApp, ou uma tabela com número e mensagem.</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Abrir &amp;arquivo…</translation>
    </message>
    <message>
        <source>Read &amp;replies</source>
        <translation>Ler &amp;respostas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lida como</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <source>Record the &amp;ticked replies</source>
        <translation>Registrar as respostas &amp;marcadas</translation>
    </message>
    <message>
        <source>Open replies</source>
        <translation>Abrir respostas</translation>
    </message>
    <message>
        <source>Read replies</source>
        <translation>Ler respostas</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n replies…</source>
        <translation>
            <numerusform>Lendo %n resposta…</numerusform>
            <numerusform>Lendo %n respostas…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5. Tick what to record.</source>
        <translation>%1: %2, %3, %4, %5. Marque o que registrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clear opt-outs</source>
        <translation>
            <numerusform>%n descadastro claro</numerusform>
            <numerusform>%n descadastros claros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for you to decide</source>
        <translation>
            <numerusform>%n para você decidir</numerusform>
            <numerusform>%n para você decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-in requests</source>
        <translation>
            <numerusform>%n pedido de autorização</numerusform>
            <numerusform>%n pedidos de autorização</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot be recorded</source>
        <translation>
            <numerusform>%n que não pode ser registrada</numerusform>
            <numerusform>%n que não podem ser registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the &amp;ticked replies (%n)</source>
        <translation>
            <numerusform>Registrar as respostas &amp;marcadas (%n)</numerusform>
            <numerusform>Registrar as respostas &amp;marcadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (each with its confirmation) and %2 by WhatsApp chat?</source>
        <translation>Registrar %1 (cada um com sua confirmação) e %2 por conversa no WhatsApp?</translation>
    </message>
    <message numerus="yes">
        <source>%n opt-outs</source>
        <translation>
            <numerusform>%n descadastro</numerusform>
            <numerusform>%n descadastros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-ins</source>
        <translation>
            <numerusform>%n autorização</numerusform>
            <numerusform>%n autorizações</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1 and %2; the confirmations wait to be sent</source>
        <translation>Registrados %1 e %2; as confirmações esperam para ser enviadas</translation>
    </message>
    <message>
        <source>Record replies</source>
        <translation>Registrar respostas</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n replies…</source>
        <translation>
            <numerusform>Registrando %n resposta…</numerusform>
            <numerusform>Registrando %n respostas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>One name per line</source>
        <translation>Um nome por linha</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Adicionar categoria</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the whole ledger head, to keep elsewhere</source>
        <translation>Copiar o topo do livro inteiro, para guardar em outro lugar</translation>
    </message>
    <message>
        <source>A saved kind of message keeps its kind (service or marketing): the consent people gave was for that. To change it, archive it and add a new one.</source>
        <translation>Um tipo de mensagem salvo mantém sua natureza (serviço ou marketing): o consentimento foi dado para isso. Para mudar, arquive e crie um novo.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Fazer &amp;backup agora…</translation>
    </message>
    <message>
        <source>Owner &amp;PIN…</source>
        <translation>&amp;PIN do dono…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Salvar configurações</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>País padrã&amp;o:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>Números de &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>E&amp;quipe:</translation>
    </message>
    <message>
        <source>Kinds of messages (archived, never deleted)</source>
        <translation>Tipos de mensagem (arquivados, nunca apagados)</translation>
    </message>
    <message>
        <source>Wording (placeholders start with $)</source>
        <translation>Textos (campos começam com $)</translation>
    </message>
    <message>
        <source>Consent statement:</source>
        <translation>Declaração de consentimento:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Prévia:</translation>
    </message>
    <message>
        <source>Opt-out confirmation:</source>
        <translation>Confirmação de descadastro:</translation>
    </message>
    <message>
        <source>Broadcast rules (Check list)</source>
        <translation>Regras de disparo (Conferir lista)</translation>
    </message>
    <message>
        <source>Opt-out option again after a &amp;gap of:</source>
        <translation>Opção de descadastro de novo após um interva&amp;lo de:</translation>
    </message>
    <message>
        <source>&amp;Unengaged after nothing for:</source>
        <translation>Sem in&amp;teração após nada por:</translation>
    </message>
    <message>
        <source>marketing messages at most in</source>
        <translation>mensagens de marketing no máximo em</translation>
    </message>
    <message>
        <source>Marketing &amp;cap:</source>
        <translation>Limite de mar&amp;keting:</translation>
    </message>
    <message>
        <source>Keeping the records safe</source>
        <translation>Mantendo os registros seguros</translation>
    </message>
    <message>
        <source>Ledger head:</source>
        <translation>Topo do livro:</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Último backup:</translation>
    </message>
    <message>
        <source>Owner PIN:</source>
        <translation>PIN do dono:</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n entries)</source>
        <translation>
            <numerusform>%1… (%n registro)</numerusform>
            <numerusform>%1… (%n registros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n entries, checked — %2</source>
        <translation>
            <numerusform>%1 — %n registro, conferido — %2</numerusform>
            <numerusform>%1 — %n registros, conferidos — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Ledger head copied: %1</source>
        <translation>Topo do livro copiado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n entries to %1</source>
        <translation>
            <numerusform>Backup de %n registro feito em %1</numerusform>
            <numerusform>Backup de %n registros feito em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <source>Changing the owner PIN</source>
        <translation>Alterando o PIN do dono</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN do dono</translation>
    </message>
    <message>
        <source>New owner PIN (6 or more characters; leave empty to remove it):</source>
        <translation>Novo PIN do dono (6 ou mais caracteres; deixe vazio para remover):</translation>
    </message>
    <message>
        <source>Owner PIN set</source>
        <translation>PIN do dono definido</translation>
    </message>
    <message>
        <source>Owner PIN removed</source>
        <translation>PIN do dono removido</translation>
    </message>
    <message>
        <source>Backing up the records</source>
        <translation>Fazendo backup dos registros</translation>
    </message>
    <message>
        <source>Back up the records to…</source>
        <translation>Fazer backup dos registros em…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Fazer backup</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Salvando as configurações</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Salvar configurações</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configurações salvas</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>&lt;h2&gt;Welcome to OptIn Desk&lt;/h2&gt;&lt;p&gt;Tell us about your shop. Its name is printed on every consent form and every opt-out confirmation.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bem-vindo ao OptIn Desk&lt;/h2&gt;&lt;p&gt;Conte sobre sua loja. O nome dela aparece impresso em todo formulário de consentimento e em toda confirmação de descadastro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>One WhatsApp number per line</source>
        <translation>Um número de WhatsApp por linha</translation>
    </message>
    <message>
        <source>One name per line: who records sign-ups, opt-outs and forms</source>
        <translation>Um nome por linha: quem registra cadastros, descadastros e formulários</translation>
    </message>
    <message>
        <source>&amp;Add category</source>
        <translation>&amp;Adicionar categoria</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>&amp;Remover categoria</translation>
    </message>
    <message>
        <source>&amp;Start using OptIn Desk</source>
        <translation>&amp;Começar a usar o OptIn Desk</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nome da empresa:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp numbers:</source>
        <translation>Números de &amp;WhatsApp:</translation>
    </message>
    <message>
        <source>S&amp;taff names:</source>
        <translation>Nomes da e&amp;quipe:</translation>
    </message>
    <message>
        <source>&amp;Language of forms and messages:</source>
        <translation>&amp;Idioma dos formulários e mensagens:</translation>
    </message>
    <message>
        <source>Kinds of messages you send:</source>
        <translation>Tipos de mensagem que você envia:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <source>Welcome, %s</source>
        <translation>Bem-vindo, %s</translation>
    </message>
</context>
<context>
    <name>SignupPage</name>
    <message>
        <source>printed at the top of the form; a paper form needs it</source>
        <translation>impresso no alto do formulário; um formulário em papel precisa dele</translation>
    </message>
    <message>
        <source>Form from another print run (Alt+F)</source>
        <translation>Formulário de outra impressão (Alt+F)</translation>
    </message>
    <message>
        <source>The shop printed this form somewhere else: its serial is kept as typed, with a note</source>
        <translation>A loja imprimiu este formulário em outro lugar: a série é guardada como digitada, com uma observação</translation>
    </message>
    <message>
        <source>as written on the form</source>
        <translation>como escrito no formulário</translation>
    </message>
    <message>
        <source>drop the scanned form here</source>
        <translation>solte aqui o formulário digitalizado</translation>
    </message>
    <message>
        <source>Choose s&amp;can…</source>
        <translation>Escolher di&amp;gitalização…</translation>
    </message>
    <message>
        <source>Entries saved this session</source>
        <translation>Registros salvos nesta sessão</translation>
    </message>
    <message>
        <source>&amp;Save and next (Enter)</source>
        <translation>&amp;Salvar e próximo (Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>&amp;Desfazer o último</translation>
    </message>
    <message>
        <source>Form s&amp;erial:</source>
        <translation>Série do &amp;formulário:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>WhatsApp n&amp;umber:</source>
        <translation>N&amp;úmero de WhatsApp:</translation>
    </message>
    <message>
        <source>Agreed to:</source>
        <translation>Autorizou:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>Da&amp;ta da assinatura:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Como:</translation>
    </message>
    <message>
        <source>&amp;Recorded by:</source>
        <translation>&amp;Registrado por:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Digitalização:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <source>Saved this session (newest first):</source>
        <translation>Salvos nesta sessão (mais recentes primeiro):</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Digitalização do formulário assinado</translation>
    </message>
    <message>
        <source>The WhatsApp number: %s.</source>
        <translation>O número de WhatsApp: %s.</translation>
    </message>
    <message>
        <source>The form serial: %s.</source>
        <translation>A série do formulário: %s.</translation>
    </message>
    <message>
        <source>Tick at least one kind of message the person agreed to.</source>
        <translation>Marque pelo menos um tipo de mensagem que a pessoa autorizou.</translation>
    </message>
    <message>
        <source>Say who is recording: choose or type your name.</source>
        <translation>Diga quem está registrando: escolha ou digite seu nome.</translation>
    </message>
    <message>
        <source>Save sign-up</source>
        <translation>Salvar cadastro</translation>
    </message>
    <message>
        <source>Saved %s: %s</source>
        <translation>Salvo %s: %s</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Desfazer o último</translation>
    </message>
    <message>
        <source>Why is this entry wrong? (kept with the record)</source>
        <translation>Por que este registro está errado? (fica guardado junto)</translation>
    </message>
    <message>
        <source>  (voided: %s)</source>
        <translation>  (anulado: %s)</translation>
    </message>
    <message>
        <source>Voided the entry of %s</source>
        <translation>Registro de %s anulado</translation>
    </message>
    <message>
        <source>Entered this session: %d</source>
        <translation>Registrados nesta sessão: %d</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>wording %s v%d</source>
        <translation>texto %s v%d</translation>
    </message>
    <message>
        <source>form %s</source>
        <translation>formulário %s</translation>
    </message>
    <message>
        <source>scan on file</source>
        <translation>digitalização guardada</translation>
    </message>
    <message>
        <source>recorded %s by %s</source>
        <translation>registrado em %s por %s</translation>
    </message>
    <message>
        <source>voids entry #%d: %s</source>
        <translation>anula o registro nº %d: %s</translation>
    </message>
    <message>
        <source>reason: %s</source>
        <translation>motivo: %s</translation>
    </message>
    <message>
        <source>their words: “%s”</source>
        <translation>palavras da pessoa: “%s”</translation>
    </message>
    <message>
        <source>note: %s</source>
        <translation>observação: %s</translation>
    </message>
    <message>
        <source>confirmation: %s</source>
        <translation>confirmação: %s</translation>
    </message>
    <message>
        <source>VOIDED (entry #%d): %s</source>
        <translation>ANULADO (registro nº %d): %s</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>People on file</source>
        <translation>Pessoas registradas</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>Abrir Contatos</translation>
    </message>
    <message>
        <source>Sign-ups in the last 7 days</source>
        <translation>Cadastros nos últimos 7 dias</translation>
    </message>
    <message>
        <source>Type in sign-ups</source>
        <translation>Digitar cadastros</translation>
    </message>
    <message>
        <source>Opt-out confirmations waiting</source>
        <translation>Confirmações de descadastro pendentes</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Printed forms not yet entered</source>
        <translation>Formulários impressos ainda não digitados</translation>
    </message>
    <message>
        <source>Open Forms</source>
        <translation>Abrir Formulários</translation>
    </message>
    <message>
        <source>Last list checked</source>
        <translation>Última lista conferida</translation>
    </message>
    <message>
        <source>Check a list</source>
        <translation>Conferir uma lista</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Último backup</translation>
    </message>
    <message>
        <source>Back up in Settings</source>
        <translation>Fazer backup em Configurações</translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation>Registros verificados</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>&amp;Verify the records now</source>
        <translation>&amp;Verificar os registros agora</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Não foi possível ler os números: %1</translation>
    </message>
    <message>
        <source>The records could not be verified: %1</source>
        <translation>Não foi possível verificar os registros: %1</translation>
    </message>
    <message>
        <source>People who agreed to messages (imports not counted).</source>
        <translation>Pessoas que autorizaram mensagens (importações não contam).</translation>
    </message>
    <message>
        <source>Nothing waits: every opt-out was confirmed.</source>
        <translation>Nada pendente: todo descadastro foi confirmado.</translation>
    </message>
    <message>
        <source>The oldest has waited since today.</source>
        <translation>A mais antiga espera desde hoje.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest has waited %n days.</source>
        <translation>
            <numerusform>A mais antiga espera há %n dia.</numerusform>
            <numerusform>A mais antiga espera há %n dias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forms printed in all.</source>
        <translation>
            <numerusform>%n formulário impresso no total.</numerusform>
            <numerusform>%n formulários impressos no total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forms printed yet.</source>
        <translation>Nenhum formulário impresso ainda.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Autorizaram</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Pararam</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nenhuma ainda</translation>
    </message>
    <message>
        <source>Check your list before every broadcast.</source>
        <translation>Confira sua lista antes de todo disparo.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n rows may be sent the message.</source>
        <translation>
            <numerusform>%1, %2: %3 de %n linha podem receber a mensagem.</numerusform>
            <numerusform>%1, %2: %3 de %n linhas podem receber a mensagem.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of these records was made yet.</source>
        <translation>Ainda não foi feito backup destes registros.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, checked.</source>
        <translation>
            <numerusform>%1: %n registro, conferido.</numerusform>
            <numerusform>%1: %n registros, conferidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message numerus="yes">
        <source>The ledger holds %n entries.</source>
        <translation>
            <numerusform>O livro tem %n registro.</numerusform>
            <numerusform>O livro tem %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Verify them now.</source>
        <translation>Verifique agora.</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Quebrada</translation>
    </message>
    <message>
        <source>The last verification found the records changed: run verify.</source>
        <translation>A última verificação encontrou os registos alterados: execute verify.</translation>
    </message>
    <message>
        <source>%1: the chain was checked in the backup; verify them to check the consent table, the wordings and the scans too.</source>
        <translation>%1: a cadeia foi conferida no backup; verifique os registros para conferir também a tabela de consentimentos, os textos e as digitalizações.</translation>
    </message>
    <message>
        <source>%1: verified on their own.</source>
        <translation>%1: verificados por si mesmos.</translation>
    </message>
    <message>
        <source>Verifying the records…</source>
        <translation>Verificando os registros…</translation>
    </message>
    <message>
        <source>The chain holds, but what lies beside it was changed:</source>
        <translation>A cadeia está intacta, mas o que está ao lado foi alterado:</translation>
    </message>
    <message>
        <source>The records verified: no entry was changed or removed.</source>
        <translation>Registros verificados: nenhum registro foi alterado ou removido.</translation>
    </message>
    <message>
        <source>The chain is broken: run verify on the command line for details.</source>
        <translation>A cadeia está quebrada: rode verify na linha de comando para ver os detalhes.</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Say who is recording first: choose or type your name in “Recorded by” (on the Opt-outs page). Nothing was recorded.</source>
        <translation>Diga primeiro quem está registrando: escolha ou digite seu nome em “Registrado por” (na página Descadastros). Nada foi registrado.</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN do dono</translation>
    </message>
    <message>
        <source>%s needs the owner PIN:</source>
        <translation>%s precisa do PIN do dono:</translation>
    </message>
</context>
<context>
    <name>UntranslatedWarning</name>
    <message>
        <source>Not translated into %s: %s. These lines would print in the shop&apos;s language, which a customer may not read: add their text in Settings, Kinds of messages in each language.</source>
        <translation>Sem tradução para %s: %s. Essas linhas sairiam impressas no idioma da loja, que o cliente pode não ler: adicione o texto em Configurações, Tipos de mensagem em cada idioma.</translation>
    </message>
</context>
</TS>
