# El informe alrededor de los hallazgos: encabezado, veredicto, conteos.

header-title = Lista de salida a producción de Mercado Pago
header-site = sitio { $site }, { $country }
header-site-unknown = sitio { $site }
advisory-mark = (recomendada)
label-fix = solución:
label-docs = docs:
label-at = en

count-required-checks = { $count ->
    [one] { $count } verificación obligatoria
   *[other] { $count } verificaciones obligatorias
}

verdict-ready = listo: ninguna verificación obligatoria falló
verdict-not-ready = no está listo: { $failed ->
    [one] { $failed } verificación obligatoria falló
   *[other] { $failed } verificaciones obligatorias fallaron
}
verdict-not-ready-strict = no está listo: { $failed ->
    [one] { $failed } verificación obligatoria falló
   *[other] { $failed } verificaciones obligatorias fallaron
}, { $warned } con advertencias (--strict)
verdict-not-ready-warned = no está listo: { $warned ->
    [one] { $warned } verificación obligatoria tiene advertencias
   *[other] { $warned } verificaciones obligatorias tienen advertencias
} (--strict)
verdict-incomplete = incompleto: { $errors ->
    [one] { $errors } verificación obligatoria no se pudo evaluar
   *[other] { $errors } verificaciones obligatorias no se pudieron evaluar
}
verdict-advisory = ; verificaciones recomendadas (no bloquean): { $list }
advisory-failed = { $count ->
    [one] { $count } falló
   *[other] { $count } fallaron
}
advisory-error = { $count ->
    [one] { $count } no se pudo verificar
   *[other] { $count } no se pudieron verificar
}
verdict-interrupted = (interrumpido)

counts = { $pass ->
    [one] { $pass } aprobada
   *[other] { $pass } aprobadas
}, { $warn } con advertencias, { $fail ->
    [one] { $fail } fallida
   *[other] { $fail } fallidas
}, { $skip ->
    [one] { $skip } omitida
   *[other] { $skip } omitidas
}, { $error } sin poder verificarse

markdown-col-check = Verificación
markdown-col-required = Obligatoria
markdown-col-result = Resultado
markdown-yes = sí
markdown-no = no
markdown-fix = Solución:

country-mla = Argentina
country-mlb = Brasil
country-mlm = México
country-mlc = Chile
country-mco = Colombia
country-mpe = Perú
country-mlu = Uruguay

summary-more = { $head } (+{ $more } más)
summary-ok = ok
