# O servidor MCP do Mercado Pago (--official): o que deu errado ao consultá-lo.

mcp-not-sent = nada foi enviado: não foi informado um Access Token no formato do Mercado Pago
mcp-unreachable = { $reason }
mcp-timeout = o servidor MCP não respondeu em { $after }
mcp-http = o servidor MCP respondeu HTTP { $status }
mcp-json-rpc = o servidor MCP respondeu o erro JSON-RPC { $code }: { $message }
mcp-too-large = a resposta do servidor MCP passa de { $limit } bytes, mais do que qualquer avaliação
mcp-unparsable = não foi possível ler a resposta do servidor MCP: { $detail }
mcp-tool-missing = o tools/list do servidor MCP não nomeia `{ $tool }` (lista: { $listed })
mcp-tool-error = `{ $tool }` respondeu um erro: { $text }
