### Withhold: español.

## Dates

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date = { $day } de { $month } de { $year }
datetime = { $date }, { $time } UTC

## Every page

site-tagline = El entrenamiento de IA y tu información
skip-to-content = Saltar al contenido
language-switcher = Idioma
footer-about = Sobre el entrenamiento de IA y tu información
footer-object = Oponerte
error-title = Error: { $title }
error-prefix = Error:
field-required = (obligatorio)
field-optional = (opcional)
field-required-here = (obligatorio donde vives)

## The notice

notice-title = Cómo usamos información para entrenar la IA
notice-heading = Cómo usaremos información para entrenar la IA
notice-lead = A partir del { $date }, { $operator } usará cierta información para desarrollar y mejorar su IA. Tienes derecho a oponerte, y solo lleva un minuto.
used-heading = Qué se usará
used-posts = Publicaciones públicas
used-photos = Fotos y sus descripciones
used-ai-messages = Mensajes que envías a nuestro asistente de IA
never-heading = Qué no se usa nunca
never-private-messages = Mensajes privados con amigos y familia
others-heading = Información sobre ti que comparten otras personas
others-body = Aunque te opongas, la información sobre ti puede seguir apareciendo en contenido que comparten otras personas, como una foto tuya que publica otra persona, y ese contenido puede usarse.
right-heading = Tu derecho a oponerte
right-body = Si te opones, excluimos todo lo que has escrito de cada conjunto de datos de entrenamiento de IA que creemos a partir de entonces, incluido lo que publicaste antes. No tienes que dar ningún motivo y puedes retirar tu oposición en cualquier momento.
object-button = Oponerte al uso de tu información para la IA
availability-nowhere = El formulario de oposición no está disponible en ningún país en este momento.
availability-some = El formulario de oposición está disponible para residentes de: { $countries }.

## The form

form-title = Oponerte al uso de tu información para la IA
form-intro = Dinos dónde vives y tu dirección de correo electrónico. Te enviaremos un código para confirmar que la dirección es tuya; no se revisa nada antes.
form-errors-heading =
    { $count ->
        [one] Revisa esto
        [many] Revisa estas { $count } cosas
       *[other] Revisa estas { $count } cosas
    }
form-country-label = País de residencia
form-country-choose = Elige tu país
form-email-label = Correo electrónico
form-email-hint = Aquí te enviamos un código de confirmación y, más tarde, nuestra decisión.
form-impact-label = ¿Cómo te afecta este tratamiento?
form-impact-hint-required = Las normas de tu país lo piden.
form-impact-hint-optional = No tienes que dar ningún motivo: tu oposición se respeta igualmente.
form-details-label = ¿Quieres contarnos algo más?
form-length-limit = Hasta { $max } caracteres.
form-send = Enviar
form-privacy = Guardamos tu dirección cifrada y solo la usamos para esta solicitud. Los mensajes privados nunca se usan para entrenar la IA.
form-prefilled = Hemos rellenado tus datos a partir de tu enlace personal. Revísalos y envía el formulario.
form-link-expired = Tu enlace personal ha caducado, así que tus datos no están rellenados. Aun así puedes oponerte: rellena el formulario de abajo.
form-link-unusable = No hemos podido leer tu enlace personal (puede que se haya cortado o modificado), así que tus datos no están rellenados. Aun así puedes oponerte: rellena el formulario de abajo.
form-csrf = Por tu seguridad, revisa tus respuestas y vuelve a enviar el formulario.
form-unavailable = No hemos podido guardar tu oposición ahora mismo: nuestra base de datos no está disponible durante un momento y no se ha guardado nada. Tus respuestas siguen aquí; vuelve a enviar el formulario dentro de un minuto.
rate-limited =
    { $minutes ->
        [one] Hemos recibido varias solicitudes desde aquí en poco tiempo. Espera un minuto y vuelve a enviar: lo que escribiste se conserva.
        [many] Hemos recibido varias solicitudes desde aquí en poco tiempo. Espera { $minutes } minutos y vuelve a enviar: lo que escribiste se conserva.
       *[other] Hemos recibido varias solicitudes desde aquí en poco tiempo. Espera { $minutes } minutos y vuelve a enviar: lo que escribiste se conserva.
    }

## What is wrong with a field

error-country-required = Elige tu país de residencia.
error-country-invalid = Elige tu país de la lista.
error-country-unavailable-nowhere = El formulario de oposición no está disponible para residentes de { $country }, ni en ningún otro lugar en este momento.
error-country-unavailable-except = El formulario de oposición no está disponible para residentes de { $country }. Está disponible para residentes de todos los países excepto: { $countries }.
error-country-unavailable-only = El formulario de oposición no está disponible para residentes de { $country }. Está disponible para residentes de: { $countries }.
error-email-missing = Escribe tu dirección de correo electrónico.
error-email-too-long = Una dirección de correo tiene como máximo 254 caracteres.
error-email-missing-at = Una dirección de correo necesita una @ entre el nombre y el dominio, como nombre@example.com.
error-email-local-too-long = La parte antes de la @ tiene como máximo 64 caracteres.
error-email-local-invalid = La parte antes de la @ tiene un carácter o un punto que las direcciones de correo no pueden usar.
error-email-domain-invalid = La parte después de la @ no es un dominio válido, como example.com.
error-impact-required = Es obligatorio en tu país: dinos cómo te afecta el tratamiento.
error-too-long = Esto tiene { $actual } caracteres; el límite es { $max }.

## When what the browser sent cannot be read

unreadable-heading = No hemos podido leerlo
unreadable-too-large = Lo que has enviado es más grande de lo que aceptamos. Acórtalo y vuelve a intentarlo.
unreadable-body = No hemos podido leer lo que envió tu navegador. Vuelve atrás e inténtalo de nuevo.
back-to-form = Volver al formulario

## Confirming the address

confirm-title = Confirma tu dirección de correo electrónico
confirm-heading = Revisa tu correo
confirm-intro = Hemos enviado un código de { $digits } dígitos a la dirección que nos diste. Escríbelo aquí para confirmar tu oposición. El código vale durante { $minutes } minutos.
confirm-code-label = Código de confirmación
confirm-button = Confirmar
confirm-no-email = ¿No te ha llegado? Revisa la carpeta de spam o pide un código nuevo. Un código nuevo sustituye al anterior.
confirm-resend-button = Enviar un código nuevo
confirm-wrong-address = ¿Dirección equivocada? Empieza de nuevo con la correcta.
start-again = Empezar de nuevo
code-csrf = Por tu seguridad, vuelve a escribir el código.
code-missing = Escribe el código de 6 dígitos del correo.
code-malformed = El código tiene 6 dígitos, como 123456. Revisa el correo y vuelve a escribirlo.
code-wrong =
    { $left ->
        [one] Ese código no es correcto. Revisa nuestro último correo y vuelve a intentarlo (queda 1 intento).
        [many] Ese código no es correcto. Revisa nuestro último correo y vuelve a intentarlo (quedan { $left } intentos).
       *[other] Ese código no es correcto. Revisa nuestro último correo y vuelve a intentarlo (quedan { $left } intentos).
    }
code-locked = El código fue incorrecto demasiadas veces, así que por tu seguridad hemos cerrado esta solicitud. Empieza de nuevo: solo lleva un minuto.
code-expired = Este código ha caducado. Pide un código nuevo con el botón de abajo y escríbelo aquí.
resend-csrf = Por tu seguridad, vuelve a pulsar «Enviar un código nuevo».
resend-sent = Te hemos enviado un código nuevo. Los códigos anteriores ya no funcionan.
resend-too-many =
    { $minutes ->
        [one] Ya hemos enviado { $count } códigos nuevos en la última hora. Podrás pedir otro dentro de un minuto. Tu último código sigue funcionando hasta que caduque.
        [many] Ya hemos enviado { $count } códigos nuevos en la última hora. Podrás pedir otro dentro de { $minutes } minutos. Tu último código sigue funcionando hasta que caduque.
       *[other] Ya hemos enviado { $count } códigos nuevos en la última hora. Podrás pedir otro dentro de { $minutes } minutos. Tu último código sigue funcionando hasta que caduque.
    }

## Requests that cannot be shown

not-found-heading = No encontramos esa solicitud
not-found-body = Puede que el enlace esté incompleto. Usa el enlace más reciente de nuestros correos o empieza una nueva oposición.
closed-heading = Esta solicitud está cerrada
closed-body = No se confirmó a tiempo, o se escribió un código incorrecto demasiadas veces. Puedes empezar una nueva oposición: solo lleva un minuto.
already-confirmed-heading = Esta dirección de correo ya está confirmada
already-confirmed-body = No tienes que hacer nada más aquí. El enlace de nuestros correos muestra el estado y el historial de tu solicitud.
start-new-objection = Empezar una nueva oposición
page-not-found-heading = Página no encontrada
page-not-found-body = No hay nada en esta dirección.
go-to-start = Ir a la página de inicio
error-heading = Algo ha fallado por nuestra parte
error-body = Tu solicitud no se ha completado. Vuelve atrás e inténtalo de nuevo; si sigue pasando, inténtalo más tarde.
unavailable-heading = Ahora mismo no podemos atender solicitudes
unavailable-body = Nuestra base de datos no está disponible durante un momento. No se ha perdido ni guardado a medias nada de lo que enviaste: vuelve atrás y envíalo de nuevo dentro de un minuto.

## The status page

status-title = Tu oposición
status-label = Estado
status-meaning = Qué significa
status-email = Correo electrónico
status-country = País de residencia
status-received = Recibida
status-excluded-since = Excluida del entrenamiento de IA desde
status-answer-by = Debemos responder antes del
status-decided-by = Decidida según
status-reason = Motivo
status-what-you-can-do = Qué puedes hacer
status-pending = Esperando a que confirmes tu dirección de correo
status-pending-meaning = Escribe el código que te enviamos por correo. No se revisa nada antes.
status-verified = Confirmada, pendiente de decisión
status-verified-meaning = Tu información ya está excluida del entrenamiento de IA mientras decidimos.
status-review = En revisión por una persona
status-review-meaning = Tu información ya está excluida del entrenamiento de IA mientras una persona revisa tu oposición. Responderemos antes del { $due }.
status-honored = Aceptada
status-honored-meaning = Se aplica en adelante: cada conjunto de datos de entrenamiento de IA que creamos excluye el contenido que has escrito (publicaciones públicas, fotos y sus descripciones, mensajes a nuestro asistente de IA), incluido lo que publicaste antes. Los mensajes privados nunca se usan. La información sobre ti puede seguir apareciendo en contenido que comparten otras personas.
status-declined = Rechazada
status-declined-meaning = Tu oposición ha sido rechazada. El motivo y lo que puedes hacer están abajo.
status-withdrawn = Retirada
status-withdrawn-meaning = Retiraste tu oposición. Los conjuntos de datos creados desde entonces pueden incluir contenido tuyo; los creados mientras se aplicaba siguen sin él.
status-closed = Cerrada
status-closed-meaning = Esta solicitud se cerró sin que se confirmara la dirección de correo. Puedes oponerte de nuevo en cualquier momento.
status-notice-confirmed = Gracias: tu dirección de correo está confirmada.
status-notice-already = Ya tienes una oposición en vigor, así que no hemos abierto una segunda. Aquí la tienes.
status-notice-withdrawn = Tu oposición está retirada. Te hemos enviado una confirmación por correo.
withdraw-button = Retirar mi oposición
object-again = Oponerme de nuevo
timeline-heading = Historial
status-keep-private = Mantén privado el enlace a esta página: cualquiera que lo tenga puede ver esta página y retirar tu oposición.

## The timeline

event-received = Recibimos tu oposición.
event-code-sent = Te enviamos un código de confirmación por correo.
event-code-resent = Te enviamos un nuevo código de confirmación por correo.
event-code-rejected = Se escribió un código de confirmación incorrecto.
event-verified = Confirmaste tu dirección de correo. Desde este momento tu información está excluida del entrenamiento de IA.
event-honored = Tu oposición fue aceptada, aplicada en adelante. Regla: { $rule }.
event-sent-to-review = Tu oposición pasó a revisión por una persona: { $reason }.
review-reason-form-closed = el formulario de oposición ya no se ofrece donde vives, así que decide una persona
review-reason-always = en tu jurisdicción, una persona revisa cada oposición
review-reason-statement = una persona lee lo que escribiste antes de decidir
event-declined = Tu oposición fue rechazada.
event-withdrawn = Retiraste tu oposición.
event-expired-wrong-codes = La solicitud se cerró tras demasiados códigos incorrectos.
event-expired-unconfirmed = La solicitud se cerró porque la dirección de correo no se confirmó a tiempo.
event-repeat-confirmed = Confirmaste una nueva solicitud; esta oposición ya se aplicaba, así que no se abrió una segunda.
event-deadline-extended = Ampliamos el plazo de nuestra decisión hasta el { $due }. Por qué: { $reason }
event-other = Ha ocurrido otra cosa con tu solicitud.

## Withdrawing

withdraw-title = Retirar tu oposición
withdraw-heading = ¿Retirar tu oposición?
withdraw-body = Si la retiras, los conjuntos de datos de entrenamiento de IA que creemos a partir de ahora pueden incluir contenido que has escrito: publicaciones públicas, fotos y sus descripciones, y mensajes a nuestro asistente de IA. Los conjuntos creados mientras tu oposición se aplicaba siguen sin él. Los mensajes privados nunca se usan.
withdraw-again = Puedes oponerte de nuevo en cualquier momento.
keep-objection = Mantener mi oposición

## Email: shared

mail-hello = Hola:
mail-footer = Este mensaje lo ha enviado automáticamente { $operator }. Las respuestas no se leen.
mail-receipt = Adjuntamos un justificante de esta decisión firmado por { $operator } ({ $file }). Consérvalo: demuestra qué se decidió y cuándo. Cualquiera puede comprobarlo con nuestra clave pública en
mail-follow = Sigue tu solicitud aquí:
mail-timeline = Consulta todo el historial aquí:

## Email: the confirmation code

mail-code-subject = Tu código de confirmación para { $operator }
mail-code-intro = Alguien (esperamos que tú) pidió a { $operator } que no use información sobre esa persona para entrenar la IA, y dio esta dirección de correo.
mail-code-code = Tu código de confirmación es: { $code }
mail-code-where = Escríbelo en la página donde hiciste la solicitud. Vale durante { $minutes } minutos.
mail-code-ignore = Si no fuiste tú, puedes ignorar este correo: no pasa nada hasta que se escribe el código.
mail-code-enter-here = También puedes escribirlo aquí:

## Email: honored

mail-honored-subject = Tu oposición al entrenamiento de IA ha sido aceptada
mail-honored-intro = Tu oposición a que { $operator } use tu información para entrenar la IA ha sido aceptada.
mail-honored-means = Qué significa, aplicado en adelante:
mail-honored-datasets = Cada conjunto de datos de entrenamiento de IA que creemos a partir de ahora excluye el contenido que has escrito: tus publicaciones públicas, tus fotos y sus descripciones, y los mensajes que envías a nuestro asistente de IA. Esto incluye lo que publicaste antes de hoy.
mail-honored-since = Se aplica desde que confirmaste tu dirección de correo el { $date }.
mail-honored-private = Los mensajes privados con amigos y familia nunca se usan para entrenar la IA, haya oposición o no.
mail-honored-others = La información sobre ti puede seguir apareciendo en contenido que comparten otras personas.
mail-honored-how = Cómo se decidió: { $basis } (regla { $rule }).
mail-honored-link = Consulta todo el historial, o retira tu oposición, aquí:

## Email: sent to review

mail-review-subject = Tu oposición al entrenamiento de IA está en revisión
mail-review-intro = Gracias por confirmar tu dirección de correo. Una persona de { $operator } revisará tu oposición al uso de tu información para entrenar la IA.
mail-review-excluded = Mientras se revisa, tu información ya está excluida del entrenamiento de IA (desde el { $date }).
mail-review-why = Por qué la revisa una persona: { $reason }
mail-review-due = Recibirás nuestra respuesta, como tarde, el { $due }.

## Email: declined

mail-declined-subject = La decisión sobre tu oposición al entrenamiento de IA
mail-declined-intro = { $operator } ha revisado tu oposición al uso de tu información para entrenar la IA y la ha rechazado.
mail-declined-reason = El motivo: { $reason }
mail-declined-used-again = Tu información vuelve a usarse para entrenar la IA a partir del { $date }.
mail-declined-complain = Qué puedes hacer: { $complaint }
mail-object-again = También puedes oponerte de nuevo en cualquier momento: { $url }

## Email: withdrawn

mail-withdrawn-subject = Has retirado tu oposición al entrenamiento de IA
mail-withdrawn-intro = Has retirado tu oposición a que { $operator } use tu información para entrenar la IA.
mail-withdrawn-forward = En adelante, los conjuntos de datos de entrenamiento de IA creados a partir del { $date } pueden incluir contenido que has escrito. Los creados mientras tu oposición estaba en vigor siguen sin él. Los mensajes privados nunca se usan.
mail-withdrawn-again = Puedes oponerte de nuevo en cualquier momento: { $url }
mail-withdrawn-not-you = Si no retiraste tu oposición, vuelve a oponerte en la dirección de arriba y cuéntanoslo en el formulario.

## Email: deadline extended

mail-extended-subject = Necesitamos más tiempo para decidir sobre tu oposición
mail-extended-intro = Necesitamos más tiempo para decidir sobre tu oposición al uso de tu información para entrenar la IA. Nuestra respuesta te llegará ahora, como tarde, el { $due } (antes era el { $was }).
mail-extended-why = Por qué necesitamos más tiempo: { $reason }
mail-extended-excluded = Tu información sigue excluida del entrenamiento de IA mientras decidimos.
mail-extended-law = La ley permite esta ampliación una vez, de hasta dos meses, cuando una solicitud es compleja o llegan muchas a la vez; debemos decírtelo dentro del primer mes, como hacemos ahora. Si no estás de acuerdo, puedes reclamar ante una autoridad de control: { $complaint }

## Email: the notice

mail-notice-subject = Cómo usará { $operator } información para entrenar la IA, y tu derecho a oponerte
mail-notice-intro = A partir del { $date }, { $operator } usará cierta información para desarrollar y mejorar su IA.
mail-notice-used = Qué se usará:
mail-notice-never = Qué no se usa nunca:
mail-notice-right = Tienes derecho a oponerte. Lleva un minuto, no tienes que dar ningún motivo y puedes retirar tu oposición en cualquier momento. Si te opones, todo lo que has escrito queda fuera de cada conjunto de datos de entrenamiento de IA que creemos a partir de entonces, incluido lo que publicaste antes.
mail-notice-link = Oponte con tu enlace personal (rellena tus datos; funciona hasta el { $expires }):
mail-notice-form = O usa el formulario sin él: { $url }
mail-notice-others = Aunque te opongas, la información sobre ti puede seguir apareciendo en contenido que comparten otras personas, como una foto tuya que publica otra persona.
