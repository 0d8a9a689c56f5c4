### La consola del personal: español.

console-nav = Consola
console-queue = Cola de revisión
console-dashboard = Panel
console-audit = Registro de auditoría
console-search = Buscar
console-signed-in-as = Sesión iniciada como { $user } ({ $role }).
console-sign-out = Cerrar sesión

## Sign-in

console-sign-in-title = Acceso del personal
console-name = Nombre
console-password = Contraseña
console-sign-in = Entrar
console-login-csrf = Por tu seguridad, vuelve a iniciar sesión.
console-login-rate-limited = Demasiados intentos de acceso desde aquí. Espera { $minutes } minutos y vuelve a intentarlo.
console-login-slow-down = Demasiados inicios de sesión fallidos desde aquí. Espera { $seconds } segundos y vuelve a intentarlo.
console-login-wrong = El nombre o la contraseña no son correctos.
console-login-unreadable = No se ha podido leer el formulario de acceso.
console-logout-csrf = Por tu seguridad, cierra la sesión desde la página de la consola.

## The queue

console-queue-empty = No hay nada pendiente de decisión.
console-queue-intro = { $count } pendientes de decisión, las más antiguas primero. Las solicitudes que vencen en 7 días están marcadas como «Vence pronto».
console-request = Solicitud
console-received = Recibida
console-jurisdiction = Jurisdicción
console-due = Vence
console-overdue = Vencida
console-due-soon = Vence pronto
console-days-left = (quedan { $days } días)

## A request

console-request-title = Solicitud { $id }
console-errors-heading =
    { $count ->
        [one] Revisa esto
        [many] Revisa estas { $count } cosas
       *[other] Revisa estas { $count } cosas
    }
console-status = Estado
console-email = Correo
console-country = País
console-decision-due = Decisión antes de
console-extended-on = (ampliado el { $date })
console-decision = Decisión
console-decision-text = { $status } el { $date }
console-decision-rule = (regla { $rule })
console-decision-reason = Motivo: { $reason }
console-person-wrote = Lo que escribió la persona
console-person-impact = Cómo le afecta el tratamiento
console-person-details = Algo más
console-nothing = Nada.
console-decide = Decidir
console-honor = Aceptar la oposición (se aplica en adelante, desde que confirmó su dirección)
console-decline = Rechazarla
console-decline-reason = Motivo del rechazo
console-decline-reason-hint = Obligatorio para rechazar. La persona lo recibe junto con su derecho a reclamar ante una autoridad de control y a acudir a los tribunales.
console-decide-button = Registrar la decisión y avisar a la persona
console-extend = Ampliar el plazo
console-extend-intro = Solo una vez, hasta dos meses, cuando la solicitud es compleja o llegan muchas a la vez (RGPD art. 12.3). La persona recibe ahora por correo la nueva fecha y tu motivo, dentro del primer mes.
console-extend-by = En
console-choose = Elegir
console-one-month = 1 mes
console-two-months = 2 meses
console-extend-reason = Por qué hace falta más tiempo
console-extend-button = Ampliar y avisar a la persona
console-timeline = Historial
console-when = Cuándo
console-who = Quién
console-what = Qué
console-change = Cambio
console-in-audit-log = Esta solicitud en el registro de auditoría
console-no-such-request = No hay ninguna solicitud con este identificador.
console-form-unreadable = No se ha podido leer el formulario.
console-decide-csrf = Por tu seguridad, vuelve a tomar la decisión en esta página.
console-decline-reason-missing = Indica el motivo del rechazo: se le comunica a la persona, con su derecho a reclamar.
console-reason-too-long = Mantén el motivo por debajo de { $max } caracteres.
console-choose-decision = Elige aceptar o rechazar.
console-not-decidable = Esta solicitud está { $status } y ya no se puede decidir aquí.
console-extend-csrf = Por tu seguridad, vuelve a ampliar el plazo en esta página.
console-choose-months = Elige uno o dos meses.
console-extend-reason-missing = Indica el motivo: la persona sabrá por qué necesitamos más tiempo.
console-already-extended = El plazo ya se amplió una vez; la ley no permite una segunda ampliación.
console-too-late = El plazo original ha vencido: la ampliación debía comunicarse a la persona antes de que terminara.
console-not-open = Esta solicitud ya no está abierta, así que su plazo no puede cambiar.
console-no-extension = Las normas de esta jurisdicción no permiten ampliaciones.
console-shorter-extension = Las normas de esta jurisdicción solo permiten una ampliación más corta.

## Search

console-search-title = Buscar una solicitud
console-search-label = Identificador de solicitud o dirección de correo
console-search-hint = Las direcciones se comparan como las solicitudes: no importan las mayúsculas ni los espacios.
console-search-bad = Escribe un identificador de solicitud o una dirección de correo completa, como nombre@example.com.
console-search-none = No se ha hecho ninguna solicitud desde esta dirección.
console-search-found = { $count } solicitud(es) desde esta dirección, las más recientes primero.

## The audit log

console-audit-intro = Cada cambio de estado, acción del personal, exportación y filtrado, los más recientes primero. Cada entrada lleva un hash de la anterior; «withhold audit verify» comprueba toda la cadena.
console-audit-requests-only = Como revisor ves el historial de las solicitudes. Los inicios de sesión, los tokens de la API, las importaciones y las exportaciones solo los ven los administradores.
console-kind = Tipo
console-actor = Actor
console-actor-hint = Por ejemplo policy, person, system o staff:NOMBRE.
console-request-id = Identificador de solicitud
console-filter = Filtrar
console-clear = Borrar
console-export = Exportar todo el registro como JSON Lines
console-export-note = (para una autoridad; «withhold audit verify --file» lo comprueba).
console-export-forbidden = Solo los administradores pueden exportar el registro de auditoría.
console-audit-none = Ninguna entrada coincide.
console-detail = Detalle
console-older = Entradas anteriores

## The dashboard

console-states-heading = Solicitudes por estado ({ $total } en total)
console-states-chart = Solicitudes por estado
console-per-day-heading = Oposiciones confirmadas por día y país ({ $total } en 30 días)
console-per-day-chart = Oposiciones confirmadas por día y país, últimos 30 días
console-other-countries = Otros países
console-latency-heading = Tiempo de decisión ({ $count } decididas en 90 días)
console-latency-chart = Tiempo desde la recepción hasta la decisión, últimos 90 días (horas)
console-latency-caption = Desde la recepción hasta la decisión
console-by-state = Solicitudes por estado
console-filter-state = Estado
console-filter-any = Cualquiera
console-filter-due-within = Vence en (días)
console-filter-overdue = Solo vencidas
console-sort = Ordenar por
console-sort-due = Vencimiento, las más próximas primero
console-sort-received = Recepción, las más antiguas primero
console-pages = Páginas
console-page-of = Página { $page } de { $pages }
console-previous = Página anterior
console-next = Página siguiente
console-next-in-queue = Siguiente en la cola
console-decided-next = Decisión guardada. Esta es la siguiente solicitud pendiente de decisión.
console-days-overdue = { $days ->
        [one] 1 día de retraso
        [many] { $days } de días de retraso
       *[other] { $days } días de retraso
    }
console-confirm-decline = Confirmo el rechazo y el motivo que leerá la persona
console-confirm-decline-missing = Marca la casilla para confirmar el rechazo: se comunica a la persona de inmediato y la decisión es definitiva aquí.
console-no-data = Aún no hay datos.
console-duration = { $value } { $unit }
console-unit-ms = ms
console-unit-s = s
console-unit-min = min
console-unit-h = h
console-unit-days = d
console-risk-heading = En riesgo de incumplir el plazo ({ $count })
console-risk-none = Ninguna solicitud abierta vence en los próximos 7 días.
console-mail = Correo
console-mail-counts = { $pending } pendientes de envío; { $dead } no se pudieron entregar (no entregables).
