### A consola da equipa: português (Portugal). Todos os outros idiomas têm exatamente estes identificadores.

console-nav = Consola
console-queue = Fila de análise
console-dashboard = Painel de controlo
console-audit = Registo de auditoria
console-search = Pesquisar
console-signed-in-as = Sessão iniciada como { $user } ({ $role }).
console-sign-out = Terminar sessão

## Sign-in

console-sign-in-title = Início de sessão da equipa
console-name = Nome
console-password = Palavra-passe
console-sign-in = Iniciar sessão
console-login-csrf = Por motivos de segurança, inicie sessão novamente.
console-login-rate-limited = Demasiadas tentativas de início de sessão a partir daqui. Aguarde { $minutes } minutos e tente novamente.
console-login-slow-down = Demasiados inícios de sessão falhados a partir daqui. Aguarde { $seconds } segundos e tente novamente.
console-login-wrong = O nome ou a palavra-passe não estão corretos.
console-login-unreadable = Não foi possível ler o formulário de início de sessão.
console-logout-csrf = Por motivos de segurança, termine a sessão a partir de uma página da consola.

## The queue

console-queue-empty = Não há nada a aguardar decisão.
console-queue-intro = A aguardar decisão: { $count }, do mais antigo para o mais recente. Os pedidos com prazo nos próximos 7 dias estão assinalados com "Prazo próximo".
console-request = Pedido
console-received = Recebido
console-jurisdiction = Jurisdição
console-due = Prazo
console-overdue = Prazo ultrapassado
console-due-soon = Prazo próximo
console-days-left = (faltam { $days } dias)

## A request

console-request-title = Pedido { $id }
console-errors-heading =
    { $count ->
        [one] Verifique este ponto
        [many] Verifique estes { $count } pontos
       *[other] Verifique estes { $count } pontos
    }
console-status = Estado
console-email = Endereço de email
console-country = País
console-decision-due = Prazo de decisão
console-extended-on = (prorrogado em { $date })
console-decision = Decisão
console-decision-text = { $status } em { $date }
console-decision-rule = (regra { $rule })
console-decision-reason = Motivo: { $reason }
console-person-wrote = O que a pessoa escreveu
console-person-impact = Impacto do tratamento na pessoa
console-person-details = Outras informações
console-nothing = Nada.
console-decide = Decidir
console-honor = Aceitar a oposição (aplica-se daqui em diante, a partir do momento em que a pessoa confirmou o endereço)
console-decline = Recusar
console-decline-reason = Motivo da recusa
console-decline-reason-hint = Obrigatório para recusar. A pessoa recebe-o juntamente com a indicação do seu direito de apresentar reclamação a uma autoridade de controlo e de recorrer aos tribunais.
console-decide-button = Registar a decisão e enviar email à pessoa
console-extend = Prorrogar o prazo
console-extend-intro = Uma única vez, por um período máximo de dois meses, quando o pedido é complexo ou chegam muitos ao mesmo tempo (RGPD, artigo 12.º, n.º 3). A pessoa recebe agora, por email, a nova data e o seu motivo, dentro do primeiro mês.
console-extend-by = Prorrogar por
console-choose = Escolher
console-one-month = 1 mês
console-two-months = 2 meses
console-extend-reason = Porque é necessário mais tempo
console-extend-button = Prorrogar e enviar email à pessoa
console-timeline = Cronologia
console-when = Quando
console-who = Quem
console-what = O quê
console-change = Alteração
console-in-audit-log = Este pedido no registo de auditoria
console-no-such-request = Não existe nenhum pedido com este ID.
console-form-unreadable = Não foi possível ler o formulário.
console-decide-csrf = Por motivos de segurança, tome a decisão novamente nesta página.
console-decline-reason-missing = Indique o motivo da recusa: a pessoa é informada dele, juntamente com o seu direito de reclamação.
console-reason-too-long = O motivo deve ter menos de { $max } carateres.
console-choose-decision = Escolha aceitar ou recusar.
console-not-decidable = Este pedido está no estado { $status } e já não pode ser decidido aqui.
console-extend-csrf = Por motivos de segurança, prorrogue o prazo novamente nesta página.
console-choose-months = Escolha um ou dois meses.
console-extend-reason-missing = Indique o motivo: a pessoa é informada da razão pela qual precisamos de mais tempo.
console-already-extended = O prazo já foi prorrogado uma vez; a lei não permite uma segunda prorrogação.
console-too-late = O prazo original já terminou: a prorrogação tinha de ser comunicada à pessoa dentro desse prazo.
console-not-open = Este pedido já não está em aberto, por isso o prazo não pode ser alterado.
console-no-extension = As regras desta jurisdição não permitem prorrogação.
console-shorter-extension = As regras desta jurisdição só permitem uma prorrogação mais curta.

## Search

console-search-title = Procurar um pedido
console-search-label = ID do pedido ou endereço de email
console-search-hint = Os endereços são comparados da mesma forma que nos pedidos: maiúsculas, minúsculas e espaços não contam.
console-search-bad = Introduza um ID de pedido ou um endereço de email completo, como nome@example.com.
console-search-none = Não foi feito nenhum pedido a partir deste endereço.
console-search-found = { $count } pedido(s) a partir deste endereço, do mais recente para o mais antigo.

## The audit log

console-audit-intro = Todas as alterações de estado, ações da equipa, exportações e execuções de filtros, das mais recentes para as mais antigas. Cada entrada contém um hash calculado sobre a anterior; "withhold audit verify" verifica a cadeia completa.
console-audit-requests-only = Enquanto revisor, vê o histórico dos pedidos. Os inícios de sessão, tokens de API, importações e exportações são mostrados aos administradores.
console-kind = Tipo
console-actor = Autor
console-actor-hint = Por exemplo, policy, person, system ou staff:NOME.
console-request-id = ID do pedido
console-filter = Filtrar
console-clear = Limpar
console-export = Exportar o registo completo em JSON Lines
console-export-note = (para uma autoridade reguladora; "withhold audit verify --file" verifica-o).
console-export-forbidden = Apenas os administradores podem exportar o registo de auditoria.
console-audit-none = Nenhuma entrada corresponde aos critérios.
console-detail = Detalhes
console-older = Entradas mais antigas

## The dashboard

console-states-heading = Pedidos por estado ({ $total } no total)
console-states-chart = Pedidos por estado
console-per-day-heading = Oposições confirmadas por dia e por país ({ $total } em 30 dias)
console-per-day-chart = Oposições confirmadas por dia e por país, últimos 30 dias
console-other-countries = Outros países
console-latency-heading = Tempo até à decisão ({ $count } decididos em 90 dias)
console-latency-chart = Tempo desde a receção até à decisão, últimos 90 dias (horas)
console-latency-caption = Da receção à decisão
console-by-state = Pedidos por estado
console-filter-state = Estado
console-filter-any = Qualquer
console-filter-due-within = Prazo nos próximos (dias)
console-filter-overdue = Apenas com prazo ultrapassado
console-sort = Ordenar por
console-sort-due = Prazo, o mais próximo primeiro
console-sort-received = Data de receção, o mais antigo primeiro
console-pages = Páginas
console-page-of = Página { $page } de { $pages }
console-previous = Página anterior
console-next = Página seguinte
console-next-in-queue = Seguinte na fila
console-decided-next = Decisão guardada. Este é o próximo pedido a aguardar decisão.
console-days-overdue = { $days ->
        [one] { $days } dia de atraso
        [many] { $days } dias de atraso
       *[other] { $days } dias de atraso
    }
console-confirm-decline = Confirmo a recusa e o motivo que a pessoa vai ler
console-confirm-decline-missing = Assinale a caixa para confirmar a recusa: a pessoa é informada de imediato e a decisão é definitiva aqui.
console-no-data = Ainda não há dados.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = d
console-risk-heading = Em risco de ultrapassar o prazo ({ $count })
console-risk-none = Nenhum pedido em aberto tem prazo nos próximos 7 dias.
console-mail = Correio
console-mail-counts = { $pending } a aguardar envio; { $dead } não puderam ser entregues (dead letters).
