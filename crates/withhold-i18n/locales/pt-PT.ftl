### Withhold: português (Portugal). Todos os outros catálogos têm exatamente estes identificadores
### (crates/withhold-i18n/tests/catalogues.rs verifica-o).

## Dates

month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
date = { $day } de { $month } de { $year }
datetime = { $date }, { $time } UTC

## Every page

site-tagline = O treino de IA e as suas informações
skip-to-content = Saltar para o conteúdo
language-switcher = Idioma
footer-about = Sobre o treino de IA e as suas informações
footer-object = Opor-se
error-title = Erro: { $title }
error-prefix = Erro:
field-required = (obrigatório)
field-optional = (opcional)
field-required-here = (obrigatório no seu país de residência)

## The notice

notice-title = Como utilizamos informações para treinar IA
notice-heading = Como vamos utilizar informações para treinar IA
notice-lead = A partir de { $date }, { $operator } vai utilizar algumas informações para desenvolver e melhorar a sua própria IA. Tem o direito de se opor, e demora apenas um minuto.
used-heading = O que vai ser utilizado
used-posts = Publicações públicas
used-photos = Fotografias e respetivas legendas
used-ai-messages = Mensagens que envia ao nosso assistente de IA
never-heading = O que nunca é utilizado
never-private-messages = Mensagens privadas com amigos e familiares
others-heading = Informações sobre si partilhadas por outras pessoas
others-body = Mesmo que se oponha, as informações sobre si podem continuar a aparecer em conteúdos partilhados por outras pessoas, como uma fotografia sua publicada por outra pessoa, e esses conteúdos podem ser utilizados.
right-heading = O seu direito de oposição
right-body = Se se opuser, tudo o que for da sua autoria fica de fora de todos os conjuntos de dados de treino de IA que criarmos a partir desse momento, incluindo o que publicou antes. Não tem de indicar um motivo e pode retirar a sua oposição em qualquer altura.
object-button = Opor-se à utilização das suas informações para IA
availability-nowhere = De momento, o formulário de oposição não está disponível em nenhum país.
availability-some = O formulário de oposição está disponível para residentes nos seguintes países: { $countries }.

## The form

form-title = Opor-se à utilização das suas informações para IA
form-intro = Indique o seu país de residência e o seu endereço de email. Vamos enviar-lhe um código por email para confirmar que o endereço é seu; nada é analisado antes disso.
form-errors-heading =
    { $count ->
        [one] Verifique este ponto
        [many] Verifique estes { $count } pontos
       *[other] Verifique estes { $count } pontos
    }
form-country-label = País de residência
form-country-choose = Escolha o seu país
form-email-label = Endereço de email
form-email-hint = É para aqui que enviamos um código de confirmação e, mais tarde, a nossa decisão.
form-impact-label = Que impacto tem este tratamento em si?
form-impact-hint-required = As regras do seu país exigem esta informação.
form-impact-hint-optional = Não tem de indicar um motivo: a sua oposição é respeitada de qualquer forma.
form-details-label = Há mais alguma coisa que gostaria de nos dizer?
form-length-limit = Até { $max } carateres.
form-send = Enviar
form-privacy = Guardamos o seu endereço encriptado e utilizamo-lo apenas para este pedido. As mensagens privadas nunca são utilizadas para treinar IA.
form-prefilled = Preenchemos os seus dados a partir do seu link pessoal. Verifique-os e depois envie o formulário.
form-link-expired = O seu link pessoal expirou, por isso os seus dados não foram preenchidos. Pode opor-se na mesma: preencha o formulário abaixo.
form-link-unusable = Não foi possível ler o seu link pessoal (pode ter sido cortado ou alterado), por isso os seus dados não foram preenchidos. Pode opor-se na mesma: preencha o formulário abaixo.
form-csrf = Por motivos de segurança, verifique as suas respostas e envie o formulário novamente.
form-unavailable = Não foi possível guardar a sua oposição neste momento: a nossa base de dados está temporariamente indisponível e nada foi guardado. As suas respostas continuam aqui; envie o formulário novamente dentro de um minuto.
rate-limited =
    { $minutes ->
        [one] Recebemos vários pedidos a partir daqui num curto espaço de tempo. Aguarde um minuto e envie novamente: o que escreveu não se perde.
        [many] Recebemos vários pedidos a partir daqui num curto espaço de tempo. Aguarde { $minutes } minutos e envie novamente: o que escreveu não se perde.
       *[other] Recebemos vários pedidos a partir daqui num curto espaço de tempo. Aguarde { $minutes } minutos e envie novamente: o que escreveu não se perde.
    }

## What is wrong with a field

error-country-required = Escolha o seu país de residência.
error-country-invalid = Escolha o seu país na lista.
error-country-unavailable-nowhere = O formulário de oposição não está disponível para o seu país de residência ({ $country }) e, de momento, também não está disponível para nenhum outro.
error-country-unavailable-except = O formulário de oposição não está disponível para o seu país de residência ({ $country }). Está disponível para residentes em todos os países, exceto: { $countries }.
error-country-unavailable-only = O formulário de oposição não está disponível para o seu país de residência ({ $country }). Está disponível para residentes nos seguintes países: { $countries }.
error-email-missing = Introduza o seu endereço de email.
error-email-too-long = Um endereço de email tem, no máximo, 254 carateres.
error-email-missing-at = Um endereço de email precisa de um @ entre o nome e o domínio, como nome@example.com.
error-email-local-too-long = A parte antes do @ tem, no máximo, 64 carateres.
error-email-local-invalid = A parte antes do @ contém um caráter ou um ponto que não pode ser utilizado em endereços de email.
error-email-domain-invalid = A parte depois do @ não é um domínio válido. Um domínio tem o formato example.com.
error-impact-required = No seu país, esta informação é obrigatória: indique-nos que impacto tem o tratamento em si.
error-too-long = Este texto tem { $actual } carateres; o limite é { $max }.

## When what the browser sent cannot be read

unreadable-heading = Não conseguimos ler o que foi enviado
unreadable-too-large = O que enviou excede o tamanho que aceitamos. Encurte o texto e tente novamente.
unreadable-body = Não conseguimos ler o que o seu navegador enviou. Volte atrás e tente novamente.
back-to-form = Voltar ao formulário

## Confirming the address

confirm-title = Confirme o seu endereço de email
confirm-heading = Consulte o seu email
confirm-intro = Enviámos um código de { $digits } dígitos para o endereço que indicou. Introduza-o aqui para confirmar a sua oposição. O código é válido durante { $minutes } minutos.
confirm-code-label = Código de confirmação
confirm-button = Confirmar
confirm-no-email = Não recebeu o email? Verifique a pasta de spam ou peça um novo código. Um novo código substitui o anterior.
confirm-resend-button = Enviar um novo código
confirm-wrong-address = Endereço errado? Comece de novo com o endereço correto.
start-again = Começar de novo
code-csrf = Por motivos de segurança, introduza o código novamente.
code-missing = Introduza o código de 6 dígitos que recebeu por email.
code-malformed = O código tem 6 dígitos, como 123456. Verifique o email e introduza-o novamente.
code-wrong =
    { $left ->
        [one] Esse código não está correto. Verifique o último email que lhe enviámos e tente novamente (resta { $left } tentativa).
        [many] Esse código não está correto. Verifique o último email que lhe enviámos e tente novamente (restam { $left } tentativas).
       *[other] Esse código não está correto. Verifique o último email que lhe enviámos e tente novamente (restam { $left } tentativas).
    }
code-locked = O código foi introduzido incorretamente demasiadas vezes, por isso, por motivos de segurança, encerrámos este pedido. Comece de novo: demora apenas um minuto.
code-expired = Este código expirou. Peça um novo código com o botão abaixo e introduza-o aqui.
resend-csrf = Por motivos de segurança, clique novamente em "Enviar um novo código".
resend-sent = Enviámos-lhe um novo código. Os códigos enviados anteriormente deixaram de funcionar.
resend-too-many =
    { $minutes ->
        [one] Já lhe enviámos { $count } novos códigos na última hora. Pode pedir outro dentro de um minuto. O seu código mais recente continua válido até expirar.
        [many] Já lhe enviámos { $count } novos códigos na última hora. Pode pedir outro dentro de { $minutes } minutos. O seu código mais recente continua válido até expirar.
       *[other] Já lhe enviámos { $count } novos códigos na última hora. Pode pedir outro dentro de { $minutes } minutos. O seu código mais recente continua válido até expirar.
    }

## Requests that cannot be shown

not-found-heading = Não conseguimos encontrar esse pedido
not-found-body = O link pode estar incompleto. Utilize o link mais recente dos nossos emails ou apresente uma nova oposição.
closed-heading = Este pedido está encerrado
closed-body = Não foi confirmado a tempo ou foi introduzido um código errado demasiadas vezes. Pode apresentar uma nova oposição: demora apenas um minuto.
already-confirmed-heading = Este endereço de email já está confirmado
already-confirmed-body = Não há mais nada a fazer aqui. O link nos nossos emails mostra o estado e a cronologia do seu pedido.
start-new-objection = Apresentar uma nova oposição
page-not-found-heading = Página não encontrada
page-not-found-body = Não existe nada neste endereço.
go-to-start = Ir para a página inicial
error-heading = Ocorreu um erro do nosso lado
error-body = O seu pedido não foi concluído. Volte atrás e tente novamente; se o problema persistir, tente mais tarde.
unavailable-heading = De momento, não podemos receber pedidos
unavailable-body = A nossa base de dados está temporariamente indisponível. Nada do que enviou se perdeu nem ficou guardado a meio: volte atrás e envie novamente dentro de um minuto.

## The status page

status-title = A sua oposição
status-label = Estado
status-meaning = O que significa
status-email = Endereço de email
status-country = País de residência
status-received = Recebida em
status-excluded-since = Informações excluídas do treino de IA desde
status-answer-by = Temos de responder até
status-decided-by = Decidida com base em
status-reason = Motivo
status-what-you-can-do = O que pode fazer
status-pending = A aguardar a confirmação do seu endereço de email
status-pending-meaning = Introduza o código que lhe enviámos por email. Nada é analisado antes disso.
status-verified = Confirmada, a aguardar decisão
status-verified-meaning = As suas informações já estão excluídas do treino de IA enquanto decidimos.
status-review = Em análise por uma pessoa
status-review-meaning = As suas informações já estão excluídas do treino de IA enquanto uma pessoa analisa a sua oposição. Responderemos até { $due }.
status-honored = Aceite
status-honored-meaning = Aplica-se daqui em diante: todos os conjuntos de dados de treino de IA que criamos excluem os conteúdos da sua autoria (publicações públicas, fotografias e respetivas legendas, mensagens ao nosso assistente de IA), incluindo o que publicou antes. As mensagens privadas nunca são utilizadas. As informações sobre si podem continuar a aparecer em conteúdos partilhados por outras pessoas.
status-declined = Recusada
status-declined-meaning = A sua oposição foi recusada. O motivo e o que pode fazer estão indicados abaixo.
status-withdrawn = Retirada
status-withdrawn-meaning = Retirou a sua oposição. Os conjuntos de dados criados a partir desse momento podem incluir conteúdos da sua autoria; os que foram criados enquanto a oposição se aplicava continuam sem eles.
status-closed = Encerrada
status-closed-meaning = Este pedido foi encerrado sem que o endereço de email fosse confirmado. Pode opor-se novamente em qualquer altura.
status-notice-confirmed = Obrigado: o seu endereço de email está confirmado.
status-notice-already = Já tem uma oposição em vigor, por isso não abrimos uma segunda. Aqui está ela.
status-notice-withdrawn = A sua oposição foi retirada. Enviámos-lhe uma confirmação por email.
withdraw-button = Retirar a minha oposição
object-again = Opor-se novamente
timeline-heading = Cronologia
status-keep-private = Não partilhe o link desta página: qualquer pessoa que o tenha pode ver esta página e retirar a sua oposição.

## The timeline

event-received = Recebemos a sua oposição.
event-code-sent = Enviámos-lhe um código de confirmação por email.
event-code-resent = Enviámos-lhe um novo código de confirmação por email.
event-code-rejected = Foi introduzido um código de confirmação errado.
event-verified = Confirmou o seu endereço de email. A partir deste momento, as suas informações estão excluídas do treino de IA.
event-honored = A sua oposição foi aceite e aplica-se daqui em diante. Regra: { $rule }.
event-sent-to-review = A sua oposição foi encaminhada para análise por uma pessoa: { $reason }.
review-reason-form-closed = o formulário de oposição já não está disponível no seu país de residência, por isso é uma pessoa que decide
review-reason-always = na sua jurisdição, todas as oposições são analisadas por uma pessoa
review-reason-statement = antes de ser tomada uma decisão, uma pessoa lê a declaração que apresentou
event-declined = A sua oposição foi recusada.
event-withdrawn = Retirou a sua oposição.
event-expired-wrong-codes = O pedido foi encerrado após demasiados códigos errados.
event-expired-unconfirmed = O pedido foi encerrado porque o endereço de email não foi confirmado a tempo.
event-repeat-confirmed = Confirmou um novo pedido; esta oposição já se aplicava, por isso não foi aberta uma segunda.
event-deadline-extended = Prorrogámos o prazo da nossa decisão até { $due }. Motivo: { $reason }
event-other = Ocorreu outro acontecimento no seu pedido.

## Withdrawing

withdraw-title = Retirar a sua oposição
withdraw-heading = Retirar a sua oposição?
withdraw-body = Se retirar a oposição, os conjuntos de dados de treino de IA que criarmos a partir de agora podem incluir conteúdos da sua autoria: publicações públicas, fotografias e respetivas legendas, e mensagens ao nosso assistente de IA. Os conjuntos de dados criados enquanto a sua oposição se aplicava continuam sem eles. As mensagens privadas nunca são utilizadas.
withdraw-again = Pode opor-se novamente em qualquer altura.
keep-objection = Manter a minha oposição

## Email: shared

mail-hello = Olá,
mail-footer = Esta mensagem foi enviada automaticamente por { $operator }. As respostas a esta mensagem não são lidas.
mail-receipt = Em anexo, encontra um comprovativo desta decisão assinado por { $operator } ({ $file }). Guarde-o: comprova o que foi decidido e quando. Qualquer pessoa o pode verificar com a nossa chave pública, disponível em
mail-follow = Acompanhe o seu pedido aqui:
mail-timeline = Veja a cronologia completa aqui:

## Email: the confirmation code

mail-code-subject = O seu código de confirmação para { $operator }
mail-code-intro = Alguém (esperamos que tenha sido o próprio titular deste endereço) pediu a { $operator } que não utilize as suas informações para treinar IA e indicou este endereço de email.
mail-code-code = O seu código de confirmação é: { $code }
mail-code-where = Introduza-o na página onde fez o pedido. O código é válido durante { $minutes } minutos.
mail-code-ignore = Se não fez este pedido, pode ignorar este email: nada acontece enquanto o código não for introduzido.
mail-code-enter-here = Também o pode introduzir aqui:

## Email: honored

mail-honored-subject = A sua oposição ao treino de IA foi aceite
mail-honored-intro = A sua oposição à utilização das suas informações por { $operator } para treinar IA foi aceite.
mail-honored-means = O que isto significa, daqui em diante:
mail-honored-datasets = Todos os conjuntos de dados de treino de IA que criarmos a partir de agora excluem os conteúdos da sua autoria: as suas publicações públicas, as suas fotografias e respetivas legendas, e as mensagens que envia ao nosso assistente de IA. Isto inclui o que publicou antes de hoje.
mail-honored-since = Aplica-se desde que confirmou o seu endereço de email, em { $date }.
mail-honored-private = As mensagens privadas com amigos e familiares nunca são utilizadas para treinar IA, haja ou não oposição.
mail-honored-others = As informações sobre si podem continuar a aparecer em conteúdos partilhados por outras pessoas.
mail-honored-how = Como foi decidido: { $basis } (regra { $rule }).
mail-honored-link = Veja a cronologia completa ou retire a sua oposição aqui:

## Email: sent to review

mail-review-subject = A sua oposição ao treino de IA está em análise
mail-review-intro = Obrigado por confirmar o seu endereço de email. Um membro da equipa de { $operator } vai analisar a sua oposição à utilização das suas informações para treinar IA.
mail-review-excluded = Durante a análise, as suas informações já estão excluídas do treino de IA (desde { $date }).
mail-review-why = Porque é que uma pessoa vai analisá-la: { $reason }
mail-review-due = Receberá a nossa resposta até { $due }, o mais tardar.

## Email: declined

mail-declined-subject = A decisão sobre a sua oposição ao treino de IA
mail-declined-intro = { $operator } analisou a sua oposição à utilização das suas informações para treinar IA e recusou-a.
mail-declined-reason = O motivo: { $reason }
mail-declined-used-again = As suas informações voltam a ser utilizadas para treino de IA a partir de { $date }.
mail-declined-complain = O que pode fazer: { $complaint }
mail-object-again = Também pode opor-se novamente em qualquer altura: { $url }

## Email: withdrawn

mail-withdrawn-subject = Retirou a sua oposição ao treino de IA
mail-withdrawn-intro = Retirou a sua oposição à utilização das suas informações por { $operator } para treinar IA.
mail-withdrawn-forward = Daqui em diante, os conjuntos de dados de treino de IA criados a partir de { $date } podem incluir conteúdos da sua autoria. Os conjuntos de dados criados enquanto a sua oposição estava em vigor continuam sem eles. As mensagens privadas nunca são utilizadas.
mail-withdrawn-again = Pode opor-se novamente em qualquer altura: { $url }
mail-withdrawn-not-you = Se não foi o próprio a retirar a oposição, oponha-se novamente no endereço acima e informe-nos no formulário.

## Email: deadline extended

mail-extended-subject = Precisamos de mais tempo para decidir sobre a sua oposição
mail-extended-intro = Precisamos de mais tempo para decidir sobre a sua oposição à utilização das suas informações para treinar IA. Receberá agora a nossa resposta até { $due }, o mais tardar (o prazo inicial era { $was }).
mail-extended-why = Porque precisamos de mais tempo: { $reason }
mail-extended-excluded = As suas informações continuam excluídas do treino de IA enquanto decidimos.
mail-extended-law = A lei permite esta prorrogação uma única vez, por um período máximo de dois meses, quando um pedido é complexo ou quando chegam muitos pedidos ao mesmo tempo; temos de o informar no primeiro mês, como fazemos agora. Se não concordar, pode apresentar reclamação a uma autoridade de controlo: { $complaint }

## Email: the notice

mail-notice-subject = Como { $operator } vai utilizar informações para treinar IA e o seu direito de oposição
mail-notice-intro = A partir de { $date }, { $operator } vai utilizar algumas informações para desenvolver e melhorar a sua própria IA.
mail-notice-used = O que vai ser utilizado:
mail-notice-never = O que nunca é utilizado:
mail-notice-right = Tem o direito de se opor. Demora apenas um minuto, não tem de indicar um motivo e pode retirar a sua oposição em qualquer altura. Se se opuser, tudo o que for da sua autoria fica de fora de todos os conjuntos de dados de treino de IA que criarmos a partir desse momento, incluindo o que publicou antes.
mail-notice-link = Oponha-se com o seu link pessoal (preenche os seus dados e é válido até { $expires }):
mail-notice-form = Ou utilize o formulário sem o link: { $url }
mail-notice-others = Mesmo que se oponha, as informações sobre si podem continuar a aparecer em conteúdos partilhados por outras pessoas, como uma fotografia sua publicada por outra pessoa.
