# El servidor MCP de Mercado Pago (--official): qué salió mal al consultarlo.

mcp-not-sent = no se envió nada: no se indicó un Access Token con el formato de Mercado Pago
mcp-unreachable = { $reason }
mcp-timeout = el servidor MCP no respondió en { $after }
mcp-http = el servidor MCP respondió HTTP { $status }
mcp-json-rpc = el servidor MCP respondió el error JSON-RPC { $code }: { $message }
mcp-too-large = la respuesta del servidor MCP supera los { $limit } bytes, más de lo que mide cualquier evaluación
mcp-unparsable = no se pudo leer la respuesta del servidor MCP: { $detail }
mcp-tool-missing = el tools/list del servidor MCP no nombra `{ $tool }` (lista: { $listed })
mcp-tool-error = `{ $tool }` respondió un error: { $text }
