# `mp-golive webhook send`: as notas sobre a requisição, e se ela foi entregue.

send-signed = x-signature: HMAC-SHA256 de "{ $manifest }" com a chave secreta dos webhooks (não mostrada)
send-unsigned = sem assinatura: não há chave secreta dos webhooks (defina MP_WEBHOOK_SECRET ou use --webhook-secret-file)
send-ipn = IPN: sem x-signature (a assinatura do IPN do Mercado Pago não pode ser validada com a chave secreta)
send-private = nota: o Mercado Pago não consegue chegar a { $host }; serve para testar um handler local
send-no-answer = sem resposta depois de { $elapsed }: { $reason }
send-delivered = entregue: o Mercado Pago conta 200 e 201 como entregue
send-redirect = não entregue: um redirecionamento para { $to } (o Mercado Pago não o segue)
send-waf = não entregue: { $name } respondeu no lugar do handler (HTTP { $status }); { $how }
send-refused = não entregue: HTTP { $status } (o Mercado Pago só conta 200 e 201, e tenta de novo)
send-again = de novo, x-request-id { $id }, x-signature sobre "{ $manifest }" (data.id em minúsculas)
send-lowercase = aceita só assinada sobre data.id em minúsculas: o handler valida os ids de order em minúsculas (como dizia a documentação de Orders): os SDKs do Mercado Pago assinam e validam o caso original desde junho de 2026, então notificações reais de orders podem ser recusadas
send-both-refused = recusada com data.id nas duas formas ({ $id } e { $lower }): não é uma questão de maiúsculas; confira a chave secreta e se o handler aceita o tópico order
send-again-no-answer = sem resposta: { $reason }; não se sabe qual forma de data.id o handler espera
send-original-accepted = aceita assinada sobre data.id na forma original ({ $id }), como os SDKs do Mercado Pago a validam desde junho de 2026
