### Withhold: português (Brasil). Todos os outros catálogos têm exatamente estes identificadores
### (crates/withhold-i18n/tests/catalogues.rs verifica isso).

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

site-tagline = Treinamento de IA e suas informações
skip-to-content = Pular para o conteúdo
language-switcher = Idioma
footer-about = Sobre o treinamento de IA e suas informações
footer-object = Opor-se
error-title = Erro: { $title }
error-prefix = Erro:
field-required = (obrigatório)
field-optional = (opcional)
field-required-here = (obrigatório no país onde você mora)

## The notice

notice-title = Como usamos informações para treinar IA
notice-heading = Como vamos usar informações para treinar IA
notice-lead = A partir de { $date }, { $operator } vai usar algumas informações para desenvolver e aprimorar a própria IA. Você tem o direito de se opor, e isso leva só um minuto.
used-heading = O que será usado
used-posts = Publicações públicas
used-photos = Fotos e suas legendas
used-ai-messages = Mensagens que você envia ao nosso assistente de IA
never-heading = O que nunca é usado
never-private-messages = Mensagens privadas com amigos e familiares
others-heading = Informações sobre você compartilhadas por outras pessoas
others-body = Mesmo que você se oponha, informações sobre você ainda podem aparecer em conteúdos compartilhados por outras pessoas, como uma foto sua publicada por outra pessoa, e esses conteúdos podem ser usados.
right-heading = Seu direito de oposição
right-body = Se você se opuser, tudo o que você criou ficará de fora de todos os conjuntos de dados de treinamento de IA que montarmos a partir de então, incluindo o que você publicou antes. Você não precisa dar um motivo e pode retirar sua oposição a qualquer momento.
object-button = Opor-se ao uso das suas informações para IA
availability-nowhere = No momento, o formulário de oposição não está disponível em nenhum país.
availability-some = O formulário de oposição está disponível para residentes dos seguintes países: { $countries }.

## The form

form-title = Opor-se ao uso das suas informações para IA
form-intro = Informe o país onde você mora e seu endereço de e-mail. Vamos enviar um código por e-mail para confirmar que o endereço é seu; nada é analisado antes disso.
form-errors-heading =
    { $count ->
        [one] Verifique este item
        [many] Verifique estes { $count } itens
       *[other] Verifique estes { $count } itens
    }
form-country-label = País de residência
form-country-choose = Escolha seu país
form-email-label = Endereço de e-mail
form-email-hint = Enviaremos para este endereço um código de confirmação e, depois, nossa decisão.
form-impact-label = Como esse tratamento afeta você?
form-impact-hint-required = As regras do seu país exigem essa informação.
form-impact-hint-optional = Você não precisa dar um motivo: sua oposição será atendida de qualquer forma.
form-details-label = Há mais alguma coisa que você gostaria de nos contar?
form-length-limit = Até { $max } caracteres.
form-send = Enviar
form-privacy = Guardamos seu endereço criptografado e o usamos apenas para esta solicitação. Mensagens privadas nunca são usadas para treinar IA.
form-prefilled = Preenchemos seus dados a partir do seu link pessoal. Confira as informações e depois envie o formulário.
form-link-expired = Seu link pessoal expirou, então seus dados não foram preenchidos. Você ainda pode se opor: preencha o formulário abaixo.
form-link-unusable = Não conseguimos ler seu link pessoal (ele pode ter sido cortado ou alterado), então seus dados não foram preenchidos. Você ainda pode se opor: preencha o formulário abaixo.
form-csrf = Para sua segurança, confira suas respostas e envie o formulário novamente.
form-unavailable = Não conseguimos salvar sua oposição agora: nosso banco de dados está fora do ar por alguns instantes e nada foi salvo. Suas respostas continuam aqui; envie o formulário novamente daqui a um minuto.
rate-limited =
    { $minutes ->
        [one] Recebemos várias solicitações daqui em pouco tempo. Aguarde um minuto e envie novamente: o que você digitou foi mantido.
        [many] Recebemos várias solicitações daqui em pouco tempo. Aguarde { $minutes } minutos e envie novamente: o que você digitou foi mantido.
       *[other] Recebemos várias solicitações daqui em pouco tempo. Aguarde { $minutes } minutos e envie novamente: o que você digitou foi mantido.
    }

## What is wrong with a field

error-country-required = Escolha seu país de residência.
error-country-invalid = Escolha seu país na lista.
error-country-unavailable-nowhere = O formulário de oposição não está disponível para o seu país de residência ({ $country }) e, no momento, também não está disponível para nenhum outro.
error-country-unavailable-except = O formulário de oposição não está disponível para o seu país de residência ({ $country }). Ele está disponível para residentes de todos os países, exceto: { $countries }.
error-country-unavailable-only = O formulário de oposição não está disponível para o seu país de residência ({ $country }). Ele está disponível para residentes dos seguintes países: { $countries }.
error-email-missing = Digite seu endereço de e-mail.
error-email-too-long = Um endereço de e-mail tem no máximo 254 caracteres.
error-email-missing-at = Um endereço de e-mail precisa de um @ entre o nome e o domínio, como nome@example.com.
error-email-local-too-long = A parte antes do @ tem no máximo 64 caracteres.
error-email-local-invalid = A parte antes do @ tem um caractere ou ponto que não pode ser usado em endereços de e-mail.
error-email-domain-invalid = A parte depois do @ não é um domínio válido. Um domínio tem o formato example.com.
error-impact-required = Isso é obrigatório no seu país: conte para nós como o tratamento afeta você.
error-too-long = Este texto tem { $actual } caracteres; o limite é { $max }.

## When what the browser sent cannot be read

unreadable-heading = Não conseguimos ler o que foi enviado
unreadable-too-large = O que você enviou é maior do que o permitido. Encurte o texto e tente novamente.
unreadable-body = Não conseguimos ler o que seu navegador enviou. Volte e tente novamente.
back-to-form = Voltar ao formulário

## Confirming the address

confirm-title = Confirme seu endereço de e-mail
confirm-heading = Confira seu e-mail
confirm-intro = Enviamos um código de { $digits } dígitos para o endereço que você informou. Digite o código aqui para confirmar sua oposição. Ele vale por { $minutes } minutos.
confirm-code-label = Código de confirmação
confirm-button = Confirmar
confirm-no-email = Não recebeu o e-mail? Confira sua pasta de spam ou peça um novo código. Um novo código substitui o anterior.
confirm-resend-button = Enviar um novo código
confirm-wrong-address = Endereço errado? Comece de novo com o endereço certo.
start-again = Começar de novo
code-csrf = Para sua segurança, digite o código novamente.
code-missing = Digite o código de 6 dígitos que está no e-mail.
code-malformed = O código tem 6 dígitos, como 123456. Confira o e-mail e digite o código novamente.
code-wrong =
    { $left ->
        [one] Esse código não está correto. Confira o último e-mail que enviamos e tente novamente (resta { $left } tentativa).
        [many] Esse código não está correto. Confira o último e-mail que enviamos e tente novamente (restam { $left } tentativas).
       *[other] Esse código não está correto. Confira o último e-mail que enviamos e tente novamente (restam { $left } tentativas).
    }
code-locked = O código foi digitado errado vezes demais, então, para sua segurança, encerramos esta solicitação. Comece de novo: leva só um minuto.
code-expired = Este código expirou. Peça um novo código com o botão abaixo e digite-o aqui.
resend-csrf = Para sua segurança, clique em "Enviar um novo código" novamente.
resend-sent = Enviamos um novo código para você. Os códigos enviados antes não funcionam mais.
resend-too-many =
    { $minutes ->
        [one] Já enviamos { $count } novos códigos na última hora. Você pode pedir outro daqui a um minuto. Seu código mais recente continua valendo até expirar.
        [many] Já enviamos { $count } novos códigos na última hora. Você pode pedir outro daqui a { $minutes } minutos. Seu código mais recente continua valendo até expirar.
       *[other] Já enviamos { $count } novos códigos na última hora. Você pode pedir outro daqui a { $minutes } minutos. Seu código mais recente continua valendo até expirar.
    }

## Requests that cannot be shown

not-found-heading = Não encontramos essa solicitação
not-found-body = O link pode estar incompleto. Use o link mais recente dos nossos e-mails ou faça uma nova oposição.
closed-heading = Esta solicitação foi encerrada
closed-body = Ela não foi confirmada a tempo, ou um código errado foi digitado vezes demais. Você pode fazer uma nova oposição: leva só um minuto.
already-confirmed-heading = Este endereço de e-mail já foi confirmado
already-confirmed-body = Não há mais nada a fazer aqui. O link nos nossos e-mails mostra a situação e o histórico da sua solicitação.
start-new-objection = Fazer uma nova oposição
page-not-found-heading = Página não encontrada
page-not-found-body = Não há nada neste endereço.
go-to-start = Ir para a página inicial
error-heading = Algo deu errado do nosso lado
error-body = Sua solicitação não foi concluída. Volte e tente novamente; se o problema continuar, tente mais tarde.
unavailable-heading = Não podemos receber solicitações agora
unavailable-body = Nosso banco de dados está fora do ar por alguns instantes. Nada do que você enviou foi perdido ou salvo pela metade: volte e envie novamente daqui a um minuto.

## The status page

status-title = Sua oposição
status-label = Situação
status-meaning = O que isso significa
status-email = Endereço de e-mail
status-country = País de residência
status-received = Recebida em
status-excluded-since = Informações excluídas do treinamento de IA desde
status-answer-by = Prazo para nossa resposta
status-decided-by = Decidida com base em
status-reason = Motivo
status-what-you-can-do = O que você pode fazer
status-pending = Aguardando a confirmação do seu endereço de e-mail
status-pending-meaning = Digite o código que enviamos por e-mail. Nada é analisado antes disso.
status-verified = Confirmada, aguardando decisão
status-verified-meaning = Suas informações já estão excluídas do treinamento de IA enquanto decidimos.
status-review = Em análise por uma pessoa
status-review-meaning = Suas informações já estão excluídas do treinamento de IA enquanto uma pessoa analisa sua oposição. Vamos responder até { $due }.
status-honored = Atendida
status-honored-meaning = Vale daqui para a frente: todos os conjuntos de dados de treinamento de IA que montamos deixam de fora o conteúdo criado por você (publicações públicas, fotos e suas legendas, mensagens ao nosso assistente de IA), incluindo o que você publicou antes. Mensagens privadas nunca são usadas. Informações sobre você ainda podem aparecer em conteúdos compartilhados por outras pessoas.
status-declined = Recusada
status-declined-meaning = Sua oposição foi recusada. Veja abaixo o motivo e o que você pode fazer.
status-withdrawn = Retirada
status-withdrawn-meaning = Você retirou sua oposição. Conjuntos de dados montados a partir de então podem incluir conteúdo criado por você; os que foram montados enquanto ela valia continuam sem ele.
status-closed = Encerrada
status-closed-meaning = Esta solicitação foi encerrada sem que o endereço de e-mail fosse confirmado. Você pode se opor de novo a qualquer momento.
status-notice-confirmed = Obrigado! Seu endereço de e-mail foi confirmado.
status-notice-already = Você já tem uma oposição em vigor, então não abrimos uma segunda. Aqui está ela.
status-notice-withdrawn = Sua oposição foi retirada. Enviamos uma confirmação para seu e-mail.
withdraw-button = Retirar minha oposição
object-again = Opor-se novamente
timeline-heading = Histórico
status-keep-private = Não compartilhe o link desta página: qualquer pessoa que tiver o link pode ver esta página e retirar sua oposição.

## The timeline

event-received = Recebemos sua oposição.
event-code-sent = Enviamos um código de confirmação para seu e-mail.
event-code-resent = Enviamos um novo código de confirmação para seu e-mail.
event-code-rejected = Um código de confirmação errado foi digitado.
event-verified = Você confirmou seu endereço de e-mail. A partir deste momento, suas informações estão excluídas do treinamento de IA.
event-honored = Sua oposição foi atendida e vale daqui para a frente. Regra: { $rule }.
event-sent-to-review = Sua oposição foi encaminhada para análise por uma pessoa: { $reason }.
review-reason-form-closed = o formulário de oposição não está mais disponível no país onde você mora, então uma pessoa decide
review-reason-always = na sua jurisdição, uma pessoa analisa todas as oposições
review-reason-statement = antes de decidir, uma pessoa lê a declaração que você fez
event-declined = Sua oposição foi recusada.
event-withdrawn = Você retirou sua oposição.
event-expired-wrong-codes = A solicitação foi encerrada depois de códigos errados demais.
event-expired-unconfirmed = A solicitação foi encerrada porque o endereço de e-mail não foi confirmado a tempo.
event-repeat-confirmed = Você confirmou uma nova solicitação; esta oposição já estava valendo, então não abrimos uma segunda.
event-deadline-extended = Prorrogamos o prazo da nossa decisão para { $due }. Motivo: { $reason }
event-other = Outro evento ocorreu na sua solicitação.

## Withdrawing

withdraw-title = Retirar sua oposição
withdraw-heading = Retirar sua oposição?
withdraw-body = Se você retirar sua oposição, os conjuntos de dados de treinamento de IA que montarmos a partir de agora poderão incluir conteúdo criado por você: publicações públicas, fotos e suas legendas, e mensagens ao nosso assistente de IA. Os conjuntos montados enquanto sua oposição valia continuam sem ele. Mensagens privadas nunca são usadas.
withdraw-again = Você pode se opor de novo a qualquer momento.
keep-objection = Manter minha oposição

## Email: shared

mail-hello = Olá,
mail-footer = Esta mensagem foi enviada automaticamente por { $operator }. As respostas a ela não são lidas.
mail-receipt = Em anexo está um comprovante desta decisão, assinado por { $operator } ({ $file }). Guarde-o: ele comprova o que foi decidido e quando. Qualquer pessoa pode verificá-lo com nossa chave pública, disponível em
mail-follow = Acompanhe sua solicitação aqui:
mail-timeline = Veja o histórico completo aqui:

## Email: the confirmation code

mail-code-subject = Seu código de confirmação para { $operator }
mail-code-intro = Alguém (esperamos que tenha sido você) pediu a { $operator } que não use informações sobre essa pessoa para treinar IA e informou este endereço de e-mail.
mail-code-code = Seu código de confirmação é: { $code }
mail-code-where = Digite o código na página em que você fez a solicitação. Ele vale por { $minutes } minutos.
mail-code-ignore = Se não foi você, pode ignorar este e-mail: nada acontece enquanto o código não for digitado.
mail-code-enter-here = Você também pode digitá-lo aqui:

## Email: honored

mail-honored-subject = Sua oposição ao treinamento de IA foi atendida
mail-honored-intro = Sua oposição ao uso das suas informações por { $operator } para treinar IA foi atendida.
mail-honored-means = O que isso significa, daqui para a frente:
mail-honored-datasets = Todos os conjuntos de dados de treinamento de IA que montarmos a partir de agora deixam de fora o conteúdo criado por você: suas publicações públicas, suas fotos e as legendas delas, e as mensagens que você envia ao nosso assistente de IA. Isso inclui o que você publicou antes de hoje.
mail-honored-since = Isso vale desde que você confirmou seu endereço de e-mail, em { $date }.
mail-honored-private = Mensagens privadas com amigos e familiares nunca são usadas para treinar IA, com ou sem oposição.
mail-honored-others = Informações sobre você ainda podem aparecer em conteúdos compartilhados por outras pessoas.
mail-honored-how = Como foi decidido: { $basis } (regra { $rule }).
mail-honored-link = Veja o histórico completo ou retire sua oposição aqui:

## Email: sent to review

mail-review-subject = Sua oposição ao treinamento de IA está em análise
mail-review-intro = Obrigado por confirmar seu endereço de e-mail. Uma pessoa da equipe de { $operator } vai analisar sua oposição ao uso das suas informações para treinar IA.
mail-review-excluded = Durante a análise, suas informações já ficam excluídas do treinamento de IA (desde { $date }).
mail-review-why = Por que uma pessoa vai analisar: { $reason }
mail-review-due = Você vai receber nossa resposta até { $due }, no máximo.

## Email: declined

mail-declined-subject = A decisão sobre sua oposição ao treinamento de IA
mail-declined-intro = { $operator } analisou sua oposição ao uso das suas informações para treinar IA e a recusou.
mail-declined-reason = O motivo: { $reason }
mail-declined-used-again = Suas informações voltam a ser usadas para treinamento de IA a partir de { $date }.
mail-declined-complain = O que você pode fazer: { $complaint }
mail-object-again = Você também pode se opor de novo a qualquer momento: { $url }

## Email: withdrawn

mail-withdrawn-subject = Você retirou sua oposição ao treinamento de IA
mail-withdrawn-intro = Você retirou sua oposição ao uso das suas informações por { $operator } para treinar IA.
mail-withdrawn-forward = Daqui para a frente, os conjuntos de dados de treinamento de IA montados a partir de { $date } poderão incluir conteúdo criado por você. Os conjuntos montados enquanto sua oposição estava em vigor continuam sem ele. Mensagens privadas nunca são usadas.
mail-withdrawn-again = Você pode se opor de novo a qualquer momento: { $url }
mail-withdrawn-not-you = Se não foi você que retirou a oposição, oponha-se novamente no endereço acima e conte para nós no formulário.

## Email: deadline extended

mail-extended-subject = Precisamos de mais tempo para decidir sobre sua oposição
mail-extended-intro = Precisamos de mais tempo para decidir sobre sua oposição ao uso das suas informações para treinar IA. Agora você vai receber nossa resposta até { $due }, no máximo (o prazo anterior era { $was }).
mail-extended-why = Por que precisamos de mais tempo: { $reason }
mail-extended-excluded = Suas informações continuam excluídas do treinamento de IA enquanto decidimos.
mail-extended-law = A lei permite esta prorrogação uma única vez, por até dois meses, quando uma solicitação é complexa ou quando chegam muitas solicitações ao mesmo tempo; precisamos avisar você dentro do primeiro mês, como estamos fazendo agora. Se não concordar, você pode apresentar uma reclamação a uma autoridade de proteção de dados: { $complaint }

## Email: the notice

mail-notice-subject = Como { $operator } vai usar informações para treinar IA, e seu direito de oposição
mail-notice-intro = A partir de { $date }, { $operator } vai usar algumas informações para desenvolver e aprimorar a própria IA.
mail-notice-used = O que será usado:
mail-notice-never = O que nunca é usado:
mail-notice-right = Você tem o direito de se opor. Leva só um minuto, você não precisa dar um motivo e pode retirar sua oposição a qualquer momento. Se você se opuser, tudo o que você criou ficará de fora de todos os conjuntos de dados de treinamento de IA que montarmos a partir de então, incluindo o que você publicou antes.
mail-notice-link = Oponha-se pelo seu link pessoal (ele preenche seus dados e vale até { $expires }):
mail-notice-form = Ou use o formulário sem o link: { $url }
mail-notice-others = Mesmo que você se oponha, informações sobre você ainda podem aparecer em conteúdos compartilhados por outras pessoas, como uma foto sua publicada por outra pessoa.
