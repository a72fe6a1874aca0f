# Mercado Pago's MCP server (--official): what went wrong asking it.

mcp-not-sent = nothing was sent: no access token of Mercado Pago's shape was given
mcp-unreachable = { $reason }
mcp-timeout = the MCP server did not answer within { $after }
mcp-http = the MCP server answered HTTP { $status }
mcp-json-rpc = the MCP server answered JSON-RPC error { $code }: { $message }
mcp-too-large = the MCP server's answer is larger than { $limit } bytes, which no evaluation is
mcp-unparsable = the MCP server's answer could not be read: { $detail }
mcp-tool-missing = the MCP server's tools/list does not name `{ $tool }` (it lists: { $listed })
mcp-tool-error = `{ $tool }` answered an error: { $text }
