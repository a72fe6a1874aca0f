# O relatório em volta dos achados: cabeçalho, veredito, contagens.

header-title = Checklist de entrada em produção do Mercado Pago
header-site = site { $site }, { $country }
header-site-unknown = site { $site }
advisory-mark = (recomendada)
label-fix = correção:
label-docs = docs:
label-at = em

count-required-checks = { $count ->
    [one] { $count } verificação obrigatória
   *[other] { $count } verificações obrigatórias
}

verdict-ready = pronto: nenhuma verificação obrigatória falhou
verdict-not-ready = não está pronto: { $failed ->
    [one] { $failed } verificação obrigatória falhou
   *[other] { $failed } verificações obrigatórias falharam
}
verdict-not-ready-strict = não está pronto: { $failed ->
    [one] { $failed } verificação obrigatória falhou
   *[other] { $failed } verificações obrigatórias falharam
}, { $warned } com alertas (--strict)
verdict-not-ready-warned = não está pronto: { $warned ->
    [one] { $warned } verificação obrigatória tem alertas
   *[other] { $warned } verificações obrigatórias têm alertas
} (--strict)
verdict-incomplete = incompleto: { $errors ->
    [one] { $errors } verificação obrigatória não pôde ser avaliada
   *[other] { $errors } verificações obrigatórias não puderam ser avaliadas
}
verdict-advisory = ; verificações recomendadas (não bloqueiam): { $list }
advisory-failed = { $count ->
    [one] { $count } falhou
   *[other] { $count } falharam
}
advisory-error = { $count ->
    [one] { $count } não pôde ser verificada
   *[other] { $count } não puderam ser verificadas
}
verdict-interrupted = (interrompido)

counts = { $pass ->
    [one] { $pass } aprovada
   *[other] { $pass } aprovadas
}, { $warn } com alertas, { $fail ->
    [one] { $fail } com falha
   *[other] { $fail } com falha
}, { $skip ->
    [one] { $skip } ignorada
   *[other] { $skip } ignoradas
}, { $error } sem poder ser verificadas

markdown-col-check = Verificação
markdown-col-required = Obrigatória
markdown-col-result = Resultado
markdown-yes = sim
markdown-no = não
markdown-fix = Correção:

country-mla = Argentina
country-mlb = Brasil
country-mlm = México
country-mlc = Chile
country-mco = Colômbia
country-mpe = Peru
country-mlu = Uruguai

summary-more = { $head } (+{ $more } mais)
summary-ok = ok
