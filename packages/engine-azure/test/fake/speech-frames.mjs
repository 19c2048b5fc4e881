// The Azure Speech websocket framing: text frames are `Name: value` header
// lines, a blank line, then the body; binary frames are a 2-byte big-endian
// header length, the ASCII header lines, then the payload.

const CRLF = '\r\n';

/** Header lines (names lower-cased) parsed from `Name: value\r\n...`. */
function parseHeaders(text) {
  const headers = {};
  for (const line of text.split(CRLF)) {
    const separator = line.indexOf(':');
    if (separator <= 0) continue;
    headers[line.slice(0, separator).trim().toLowerCase()] = line
      .slice(separator + 1)
      .trim();
  }
  return headers;
}

function headerLines(headers) {
  return Object.entries(headers)
    .map(([name, value]) => `${name}:${value}${CRLF}`)
    .join('');
}

/** A frame the client sent: `{ type, path, requestId, headers, body }`. */
export function parseClientFrame(data, isBinary) {
  if (!isBinary) {
    const text = data.toString('utf8');
    const split = text.indexOf(CRLF + CRLF);
    const headers = parseHeaders(split < 0 ? text : text.slice(0, split));
    const body = split < 0 ? '' : text.slice(split + 4);
    return {
      type: 'text',
      path: headers.path,
      requestId: headers['x-requestid'],
      headers,
      body,
    };
  }
  const buffer = Buffer.from(data);
  const headerLength = buffer.readUInt16BE(0);
  const headers = parseHeaders(buffer.subarray(2, 2 + headerLength).toString('ascii'));
  return {
    type: 'binary',
    path: headers.path,
    requestId: headers['x-requestid'],
    headers,
    body: buffer.subarray(2 + headerLength),
  };
}

/** A text frame from the service. */
export function textFrame({ path, requestId, contentType, body }) {
  const headers = {
    'X-RequestId': requestId,
    'Content-Type': contentType ?? 'application/json; charset=utf-8',
    Path: path,
  };
  return `${headerLines(headers)}${CRLF}${body}`;
}

/** A binary `audio` frame from the service. */
export function audioFrame({ requestId, streamId, audio }) {
  const headers = Buffer.from(
    headerLines({ 'X-RequestId': requestId, 'X-StreamId': streamId, Path: 'audio' }),
    'ascii',
  );
  const frame = Buffer.alloc(2 + headers.length + audio.length);
  frame.writeUInt16BE(headers.length, 0);
  headers.copy(frame, 2);
  Buffer.from(audio.buffer, audio.byteOffset, audio.byteLength).copy(
    frame,
    2 + headers.length,
  );
  return frame;
}
