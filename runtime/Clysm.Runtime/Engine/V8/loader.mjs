// The V8 side of the engine bridge. A thin loader: it compiles and instantiates modules and
// forwards every host import to the C# host over stdin/stdout, synchronously. It holds no
// host state. The one liberty it takes: calls that cannot answer anything (write-char and
// write-string on a descriptor the host has already confirmed writable) are queued and sent
// in order before the next synchronous call, so their order against reads and file
// operations is exactly the order the module made them.
//
// Frames both ways: u32 length (of what follows), u8 type, payload. Little-endian.
import fs from 'node:fs';

const IN = 0, OUT = 1;
const te = new TextEncoder();
const tdFatal = new TextDecoder('utf-8', { fatal: true });

// ---- framing ---------------------------------------------------------------------------
let inBuf = Buffer.alloc(1 << 16), inStart = 0, inEnd = 0;

function fill(need) {
  // Blocks until `need` bytes are buffered. fd 0 is a blocking pipe; EAGAIN is retried.
  if (inEnd - inStart >= need) return;
  if (inStart > 0) { inBuf.copy(inBuf, 0, inStart, inEnd); inEnd -= inStart; inStart = 0; }
  if (inBuf.length < need) { const b = Buffer.alloc(Math.max(need, inBuf.length * 2)); inBuf.copy(b, 0, 0, inEnd); inBuf = b; }
  while (inEnd < need) {
    let n;
    try { n = fs.readSync(IN, inBuf, inEnd, inBuf.length - inEnd, null); }
    catch (e) { if (e.code === 'EAGAIN') continue; throw e; }
    if (n === 0) process.exit(0);          // host went away
    inEnd += n;
  }
}

function readFrame() {
  fill(4);
  const len = inBuf.readUInt32LE(inStart);
  fill(4 + len);
  const type = inBuf[inStart + 4];
  const body = inBuf.subarray(inStart + 5, inStart + 4 + len);
  inStart += 4 + len;
  return { type, body };
}

// Outgoing bytes are assembled in one growing buffer and written with a single writeSync.
let out = Buffer.alloc(1 << 16), outLen = 0;
function ensure(n) {
  if (outLen + n <= out.length) return;
  const b = Buffer.alloc(Math.max(out.length * 2, outLen + n)); out.copy(b, 0, 0, outLen); out = b;
}
function putU8(v) { ensure(1); out[outLen++] = v; }
function putU16(v) { ensure(2); out.writeUInt16LE(v, outLen); outLen += 2; }
function putI32(v) { ensure(4); out.writeInt32LE(v | 0, outLen); outLen += 4; }
function putU32At(pos, v) { out.writeUInt32LE(v >>> 0, pos); }
function putBytes(bytes) {
  if (bytes === null) { ensure(4); out.writeUInt32LE(0xffffffff, outLen); outLen += 4; return; }
  ensure(4 + bytes.length); out.writeUInt32LE(bytes.length, outLen); outLen += 4;
  out.set(bytes, outLen); outLen += bytes.length;
}
function flushOut() {
  let off = 0;
  while (off < outLen) {
    try { off += fs.writeSync(OUT, out, off, outLen - off); }
    catch (e) { if (e.code === 'EAGAIN') continue; throw e; }
  }
  outLen = 0;
}
function beginFrame(type) { const at = outLen; ensure(5); outLen += 5; out[at + 4] = type; return at; }
function endFrame(at) { putU32At(at, outLen - at - 4); }
function sendJson(type, obj) { const at = beginFrame(type); const b = te.encode(JSON.stringify(obj)); ensure(b.length); out.set(b, outLen); outLen += b.length; endFrame(at); }

// ---- queued writes ---------------------------------------------------------------------
let batchAt = -1;                 // start of the open 'W' frame in `out`, or -1
function openBatch() { if (batchAt < 0) batchAt = beginFrame(0x57 /* W */); }
function closeBatch() { if (batchAt >= 0) { endFrame(batchAt); batchAt = -1; } }
function flushBatch() { closeBatch(); if (outLen) flushOut(); }

// ---- values across the boundary --------------------------------------------------------
const Repr = { Int: 0, Handle: 1, HostString: 2, GcString: 3, KeywordCode: 4, KeywordHostString: 5, KeywordGcString: 6 };
let ex = null;                    // exports of the running instance (for the string channel)

function gcBytes(ref) {
  if (ref === null || ref === undefined) return null;
  const len = ex['clysm:string-length'](ref);
  if (len < 0) throw new HostTrap('string channel: value is not a string');
  const b = new Uint8Array(len), get = ex['clysm:string-byte'];
  for (let i = 0; i < len; i++) b[i] = get(ref, i);
  return b;
}
function hostBytes(s) {
  if (s === null || s === undefined) return null;
  if (typeof s !== 'string') throw new HostTrap('expected a host string, got ' + typeof s);
  if (!s.isWellFormed()) throw new HostTrap('host string holds a lone surrogate (not valid Unicode)');
  return te.encode(s);
}
function toGc(bytes) {
  if (bytes === null) return null;
  const s = ex['clysm:string-new'](bytes.length), set = ex['clysm:string-set-byte'];
  for (let i = 0; i < bytes.length; i++) set(s, i, bytes[i]);
  return s;
}

function putArg(repr, v) {
  switch (repr) {
    case Repr.Int: case Repr.KeywordCode: putI32(typeof v === 'number' ? v : -1); break;
    case Repr.Handle: putI32(typeof v === 'number' ? v : -1); break;
    case Repr.HostString: case Repr.KeywordHostString: putBytes(hostBytes(v)); break;
    case Repr.GcString: case Repr.KeywordGcString: putBytes(gcBytes(v)); break;
    default: throw new Error('unknown repr ' + repr);
  }
}

function readAnswer(repr, body, pos) {
  if (repr === null || repr === undefined) return undefined;
  if (repr === Repr.Int || repr === Repr.Handle || repr === Repr.KeywordCode) return body.readInt32LE(pos);
  const len = body.readUInt32LE(pos);
  if (len === 0xffffffff) return null;
  const bytes = body.subarray(pos + 4, pos + 4 + len);
  if (repr === Repr.GcString || repr === Repr.KeywordGcString) return toGc(bytes);
  return tdFatal.decode(bytes);
}

class HostTrap extends Error { constructor(m) { super(m); this.name = 'HostTrap'; } }

// ---- one run ---------------------------------------------------------------------------
let writableFds = new Set();      // descriptors the host said may take queued writes
let outputBudget = 0;             // bytes left on fds 1 and 2 before the run is stopped
let stopReason = null;            // set when the output limit is reached

function isValidCodePoint(cp) { return Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff); }

function makeImport(index, b) {
  const isWrite = b.module === 'clysm:io' && (b.name === 'write-char' || b.name === 'write-string');
  const isClose = b.module === 'clysm:fs' && b.name === 'close';
  const params = b.params, result = b.result;
  const sync = (...args) => {
    flushBatch();
    const at = beginFrame(0x43 /* C */);
    putU16(index);
    for (let i = 0; i < params.length; i++) putArg(params[i], args[i]);
    endFrame(at); flushOut();
    const { type, body } = readFrame();
    if (type !== 0x41 /* A */) throw new Error('protocol: expected an answer, got ' + type);
    if (body[0] === 0) throw new HostTrap(body.subarray(5, 5 + body.readUInt32LE(1)).toString('utf8'));
    if (isWrite && body[1] === 1) writableFds.add(args[0]);
    if (isClose) writableFds.clear();
    return readAnswer(result, body, 2);
  };
  if (!isWrite) return sync;
  const isChar = b.name === 'write-char';
  const gcString = !isChar && params[1] === Repr.GcString;
  return (fd, x) => {
    // Queue only what the host cannot refuse: a confirmed descriptor, a valid character,
    // well-formed text. Anything else goes the synchronous way and gets the host's answer.
    if (!writableFds.has(fd)) return sync(fd, x);
    let bytes = null, n;
    if (isChar) {
      if (!isValidCodePoint(x)) return sync(fd, x);
      n = x < 0x80 ? 1 : x < 0x800 ? 2 : x < 0x10000 ? 3 : 4;
    } else {
      bytes = gcString ? gcBytes(x) : hostBytes(x);
      if (bytes === null || (gcString && !isValidUtf8(bytes))) return sync(fd, x);
      n = bytes.length;
    }
    if (fd === 1 || fd === 2) {
      outputBudget -= n;
      if (outputBudget < 0) { stopReason = 'output limit'; throw new HostTrap('output limit reached'); }
    }
    openBatch();
    putU16(index); putI32(fd);
    if (isChar) putI32(x); else putBytes(bytes);
    if (outLen > (1 << 16)) flushBatch();
  };
}

function isValidUtf8(b) {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    const n = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? (c <= 0xef ? 2 : -1) : c >= 0xc2 ? 1 : -1;
    if (n < 0 || i + n >= b.length) return false;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) { const d = b[i + k]; if ((d & 0xc0) !== 0x80) return false; cp = (cp << 6) | (d & 0x3f); }
    if ((n === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 3 && (cp < 0x10000 || cp > 0x10ffff))) return false;
    i += n + 1;
  }
  return true;
}

function decodeResult(r) {
  if (r === undefined) return { kind: 'none' };
  if (typeof r === 'number') {
    if (r === -2147483648) return { kind: 'nil' };
    if (r === -2147483647) return { kind: 'notfixnum' };
    return { kind: 'fixnum', value: r };
  }
  if (typeof r === 'bigint') return { kind: 'fixnum', value: Number(r) };
  if (r === null) return { kind: 'nil' };
  if (typeof r === 'string') return { kind: 'string', text: r };
  if (ex && typeof ex['clysm:prin1'] === 'function' && typeof ex['clysm:string-length'] === 'function') {
    return { kind: 'printed', text: tdFatal.decode(gcBytes(ex['clysm:prin1'](r))) };
  }
  if (ex && typeof ex['clysm:string-length'] === 'function' && ex['clysm:string-length'](r) >= 0) {
    return { kind: 'string', text: tdFatal.decode(gcBytes(r)), bytes: true };
  }
  return { kind: 'opaque' };
}

function trapInfo(e) {
  const stack = typeof e?.stack === 'string' ? e.stack.split('\n').filter(l => l.includes('wasm')).join('\n') : '';
  if (e instanceof WebAssembly.Exception) return { message: 'uncaught WebAssembly exception (a Lisp throw or condition nobody caught)', stack };
  return { message: String(e?.message ?? e), stack };
}

function run(header, moduleBytes) {
  let mod;
  try { mod = new WebAssembly.Module(moduleBytes); }
  catch (e) { return { status: 'invalid', message: String(e.message) }; }
  if (header.checkOnly) return { status: 'checked' };

  const imports = {};
  header.bindings.forEach((b, i) => { (imports[b.module] ??= {})[b.name] = makeImport(i, b); });
  writableFds = new Set(); outputBudget = header.outputLimit; stopReason = null; ex = null;

  let instance;
  try { instance = new WebAssembly.Instance(mod, imports); }
  catch (e) { return { status: 'link', message: String(e.message) }; }
  ex = instance.exports;
  const f = ex[header.export];
  if (typeof f !== 'function') return { status: 'link', message: `export "${header.export}" is missing or not a function` };

  try {
    for (const name of header.setup ?? []) ex[name]();     // checked to exist by the host
    let arg = [];
    if (header.argument !== undefined && header.argument !== null) {
      if (typeof ex['clysm:string-new'] !== 'function') return { status: 'link', message: 'the module takes no string argument: it exports no string channel (clysm:string-new)' };
      arg = [toGc(te.encode(header.argument))];
    }
    const r = f(...arg);
    flushBatch();
    const value = decodeResult(r);
    if (header.wantBytes && r !== null && typeof r === 'object' && typeof ex['clysm:string-length'] === 'function') {
      const b = gcBytes(r);
      return { status: 'returned', value: { kind: 'bytes' }, bytes: Buffer.from(b).toString('base64') };
    }
    return { status: 'returned', value };
  } catch (e) {
    flushBatch();
    if (stopReason) return { status: 'outputlimit', message: stopReason };
    const t = trapInfo(e);
    return { status: 'trap', message: t.message, stack: t.stack, host: e instanceof HostTrap };
  }
}

// ---- main loop -------------------------------------------------------------------------
sendJson(0x52 /* R */, { node: process.version, v8: process.versions.v8 });
flushOut();
for (;;) {
  const { type, body } = readFrame();
  if (type === 0x52 /* R: run */) {
    const jlen = body.readUInt32LE(0);
    const header = JSON.parse(body.subarray(4, 4 + jlen).toString('utf8'));
    const bytes = new Uint8Array(body.subarray(4 + jlen));   // copy: the input buffer is reused
    const result = run(header, bytes);
    ex = null;
    sendJson(0x44 /* D */, result);
    flushOut();
  } else if (type === 0x51 /* Q */) {
    process.exit(0);
  } else {
    throw new Error('protocol: unknown frame type ' + type);
  }
}
