### O console da equipe: português (Brasil). Todos os outros idiomas têm exatamente estes identificadores.

console-nav = Console da equipe
console-queue = Fila de análise
console-dashboard = Painel
console-audit = Registro de auditoria
console-search = Buscar
console-signed-in-as = Conectado como { $user } ({ $role }).
console-sign-out = Sair

## Sign-in

console-sign-in-title = Login da equipe
console-name = Nome
console-password = Senha
console-sign-in = Entrar
console-login-csrf = Para sua segurança, faça login novamente.
console-login-rate-limited = Muitas tentativas de login a partir daqui. Aguarde { $minutes } minutos e tente novamente.
console-login-slow-down = Muitas tentativas de login malsucedidas a partir daqui. Aguarde { $seconds } segundos e tente novamente.
console-login-wrong = O nome ou a senha estão incorretos.
console-login-unreadable = Não foi possível ler o formulário de login.
console-logout-csrf = Para sua segurança, saia a partir de uma página do console.

## The queue

console-queue-empty = Nenhuma solicitação aguardando decisão.
console-queue-intro = Aguardando decisão: { $count }, das mais antigas para as mais recentes. Solicitações com prazo nos próximos 7 dias estão marcadas como "Prazo próximo".
console-request = Solicitação
console-received = Recebida
console-jurisdiction = Jurisdição
console-due = Prazo
console-overdue = Atrasada
console-due-soon = Prazo próximo
console-days-left = (faltam { $days } dias)

## A request

console-request-title = Solicitação { $id }
console-errors-heading =
    { $count ->
        [one] Verifique este item
        [many] Verifique estes { $count } itens
       *[other] Verifique estes { $count } itens
    }
console-status = Situação
console-email = E-mail
console-country = País
console-decision-due = Prazo para decisão
console-extended-on = (prorrogado em { $date })
console-decision = Decisão
console-decision-text = { $status } em { $date }
console-decision-rule = (regra { $rule })
console-decision-reason = Motivo: { $reason }
console-person-wrote = O que a pessoa escreveu
console-person-impact = Como o tratamento afeta a pessoa
console-person-details = Outras informações
console-nothing = Nada.
console-decide = Decidir
console-honor = Atender à oposição (vale daqui para a frente, desde que a pessoa confirmou o endereço)
console-decline = Recusar
console-decline-reason = Motivo da recusa
console-decline-reason-hint = Obrigatório para recusar. A pessoa recebe o motivo junto com a informação sobre seu direito de reclamar a uma autoridade de proteção de dados e de recorrer à Justiça.
console-decide-button = Registrar a decisão e enviar e-mail à pessoa
console-extend = Prorrogar o prazo
console-extend-intro = Uma única vez, por até dois meses, quando a solicitação é complexa ou chegam muitas ao mesmo tempo (art. 12(3) do GDPR). A pessoa recebe agora por e-mail a nova data e o seu motivo, dentro do primeiro mês.
console-extend-by = Prorrogar por
console-choose = Selecione
console-one-month = 1 mês
console-two-months = 2 meses
console-extend-reason = Por que é necessário mais tempo
console-extend-button = Prorrogar e enviar e-mail à pessoa
console-timeline = Histórico
console-when = Quando
console-who = Quem
console-what = O quê
console-change = Alteração
console-in-audit-log = Esta solicitação no registro de auditoria
console-no-such-request = Não existe solicitação com este ID.
console-form-unreadable = Não foi possível ler o formulário.
console-decide-csrf = Para sua segurança, tome a decisão novamente nesta página.
console-decline-reason-missing = Informe o motivo da recusa: a pessoa vai recebê-lo, junto com a informação sobre seu direito de reclamar.
console-reason-too-long = O motivo deve ter menos de { $max } caracteres.
console-choose-decision = Escolha atender ou recusar.
console-not-decidable = Esta solicitação está com a situação { $status } e não pode mais ser decidida aqui.
console-extend-csrf = Para sua segurança, prorrogue o prazo novamente nesta página.
console-choose-months = Escolha um ou dois meses.
console-extend-reason-missing = Informe o motivo: a pessoa vai saber por que precisamos de mais tempo.
console-already-extended = O prazo já foi prorrogado uma vez; a lei não permite uma segunda prorrogação.
console-too-late = O prazo original já passou: a prorrogação precisava ser comunicada à pessoa dentro dele.
console-not-open = Esta solicitação não está mais em aberto, então o prazo não pode ser alterado.
console-no-extension = As regras desta jurisdição não permitem prorrogação.
console-shorter-extension = As regras desta jurisdição só permitem uma prorrogação mais curta.

## Search

console-search-title = Buscar uma solicitação
console-search-label = ID da solicitação ou endereço de e-mail
console-search-hint = Os endereços são comparados do mesmo jeito que nas solicitações: maiúsculas, minúsculas e espaços não importam.
console-search-bad = Digite um ID de solicitação ou um endereço de e-mail completo, como nome@example.com.
console-search-none = Nenhuma solicitação foi feita a partir deste endereço.
console-search-found = { $count } solicitação(ões) deste endereço, das mais recentes para as mais antigas.

## The audit log

console-audit-intro = Todas as mudanças de situação, ações da equipe, exportações e execuções de filtro, das mais recentes para as mais antigas. Cada entrada traz um hash calculado sobre a anterior; "withhold audit verify" verifica a cadeia inteira.
console-audit-requests-only = Como revisor, você vê o histórico das solicitações. Logins, tokens de API, importações e exportações são exibidos para administradores.
console-kind = Tipo
console-actor = Autor
console-actor-hint = Por exemplo: policy, person, system ou staff:NOME.
console-request-id = ID da solicitação
console-filter = Filtrar
console-clear = Limpar
console-export = Exportar o registro completo em JSON Lines
console-export-note = (para um órgão regulador; "withhold audit verify --file" faz a verificação).
console-export-forbidden = Só administradores podem exportar o registro de auditoria.
console-audit-none = Nenhuma entrada encontrada.
console-detail = Detalhes
console-older = Entradas mais antigas

## The dashboard

console-states-heading = Solicitações por situação ({ $total } no total)
console-states-chart = Solicitações por situação
console-per-day-heading = Oposições confirmadas por dia e por país ({ $total } em 30 dias)
console-per-day-chart = Oposições confirmadas por dia e por país, últimos 30 dias
console-other-countries = Outros países
console-latency-heading = Tempo até a decisão ({ $count } decididas em 90 dias)
console-latency-chart = Tempo do recebimento até a decisão, últimos 90 dias (horas)
console-latency-caption = Do recebimento à decisão
console-by-state = Solicitações por situação
console-filter-state = Situação
console-filter-any = Qualquer
console-filter-due-within = Prazo em até (dias)
console-filter-overdue = Somente atrasadas
console-sort = Ordenar por
console-sort-due = Prazo, mais próximo primeiro
console-sort-received = Recebimento, mais antigas primeiro
console-pages = Páginas
console-page-of = Página { $page } de { $pages }
console-previous = Página anterior
console-next = Próxima página
console-next-in-queue = Próxima da fila
console-decided-next = Decisão registrada. Esta é a próxima solicitação aguardando decisão.
console-days-overdue = { $days ->
        [one] { $days } dia de atraso
        [many] { $days } dias de atraso
       *[other] { $days } dias de atraso
    }
console-confirm-decline = Confirmo a recusa e o motivo que a pessoa vai ler
console-confirm-decline-missing = Marque a caixa para confirmar a recusa: a pessoa é avisada na hora e a decisão é definitiva aqui.
console-no-data = Ainda não há dados.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = d
console-risk-heading = Em risco de perder o prazo ({ $count })
console-risk-none = Nenhuma solicitação em aberto vence nos próximos 7 dias.
console-mail = E-mails
console-mail-counts = { $pending } aguardando envio; { $dead } não puderam ser entregues (dead letters).
