// The wasm side of the V8 engine, run in a worker thread by loader.mjs. A thin engine: it
// compiles modules, instantiates them, calls exports and forwards every host import to the C#
// host over fds 0/1, synchronously. It decides nothing: which host function serves an import,
// with which value representation, comes with each module from the C# side (the bound imports),
// and so do the module's role and its string channel. The protocol is described in V8Protocol.cs.
//
// The one liberty it takes: calls marked "deferrable write" (write-char, write-string) on a
// descriptor the host has confirmed writable are queued and sent in order before the next
// synchronous message, within a byte budget the host gives, so their order against reads and
// file operations is exactly the order the module made them.
import fs from 'node:fs';

const IN = 0, OUT = 1;
const te = new TextEncoder();
const tdFatal = new TextDecoder('utf-8', { fatal: true });
const MAX_STRING = 256 << 20;

// Frame and value codes: keep in step with V8Protocol.cs.
const F = {
  hello: 0x52, compile: 0x4d, unload: 0x55, instantiate: 0x49, call: 0x45, readString: 0x47,
  newString: 0x4e, endStore: 0x44, answer: 0x41, quit: 0x51,
  hostCall: 0x48, writes: 0x57, ok: 0x4b, values: 0x56, bytes: 0x42, fault: 0x58,
};
const Fault = { invalid: 1, link: 2, trap: 3 };
const Tag = { i32: 0, i64: 1, f32: 2, f64: 3, nul: 4, ref: 5, hostString: 6 };
const Repr = { Int: 0, Handle: 1, HostString: 2, GcString: 3, KeywordCode: 4, KeywordHostString: 5, KeywordGcString: 6, F64: 7 };
const Defer = { none: 0, write: 1, ends: 2 };
const NO_SLOT = 255, SELF = 254;

class ProtocolError extends Error {}
class HostTrap extends Error { constructor(m) { super(m); this.name = 'HostTrap'; } }

// ---- framing ---------------------------------------------------------------------------
// fds 0 and 1 are blocking pipes; should one ever be non-blocking, EAGAIN waits a millisecond
// instead of spinning.
const pause = new Int32Array(new SharedArrayBuffer(4));
function waitABit() { Atomics.wait(pause, 0, 0, 1); }

let inBuf = Buffer.alloc(1 << 16), inStart = 0, inEnd = 0;

function fill(need) {
  // Blocks until `need` bytes are buffered. fd 0 is a blocking pipe; EAGAIN is retried.
  if (inEnd - inStart >= need) return;
  if (inStart > 0) { inBuf.copy(inBuf, 0, inStart, inEnd); inEnd -= inStart; inStart = 0; }
  if (inBuf.length < need) { const b = Buffer.alloc(Math.max(need, inBuf.length * 2)); inBuf.copy(b, 0, 0, inEnd); inBuf = b; }
  while (inEnd < need) {
    let n;
    try { n = fs.readSync(IN, inBuf, inEnd, inBuf.length - inEnd, null); }
    catch (e) { if (e.code === 'EAGAIN') { waitABit(); continue; } throw e; }
    if (n === 0) process.exit(0);          // the host went away: this thread ends, and the process with it
    inEnd += n;
  }
}

function readFrame() {
  fill(4);
  const len = inBuf.readUInt32LE(inStart);
  if (len < 1 || len > (512 << 20)) throw new ProtocolError(`frame of ${len} bytes from the host`);
  fill(4 + len);
  const type = inBuf[inStart + 4];
  const body = inBuf.subarray(inStart + 5, inStart + 4 + len);
  inStart += 4 + len;
  return { type, body };
}

// A cursor over a frame body; running past its end is a protocol error, never a garbage read.
class Reader {
  constructor(body) { this.b = body; this.p = 0; }
  need(n) { if (this.p + n > this.b.length) throw new ProtocolError('truncated frame from the host'); }
  u8() { this.need(1); return this.b[this.p++]; }
  u16() { this.need(2); const v = this.b.readUInt16LE(this.p); this.p += 2; return v; }
  i32() { this.need(4); const v = this.b.readInt32LE(this.p); this.p += 4; return v; }
  u32() { this.need(4); const v = this.b.readUInt32LE(this.p); this.p += 4; return v; }
  f32() { this.need(4); const v = this.b.readFloatLE(this.p); this.p += 4; return v; }
  f64() { this.need(8); const v = this.b.readDoubleLE(this.p); this.p += 8; return v; }
  i64() { this.need(8); const v = this.b.readBigInt64LE(this.p); this.p += 8; return v; }
  bytes(n) { this.need(n); const v = this.b.subarray(this.p, this.p + n); this.p += n; return v; }
  rest() { const v = this.b.subarray(this.p); this.p = this.b.length; return v; }
  text() { const n = this.u32(); return n === 0xffffffff ? null : this.bytes(n).toString('utf8'); }
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
function putU32(v) { ensure(4); out.writeUInt32LE(v >>> 0, outLen); outLen += 4; }
function putF32(v) { ensure(4); out.writeFloatLE(v, outLen); outLen += 4; }
function putF64(v) { ensure(8); out.writeDoubleLE(v, outLen); outLen += 8; }
function putI64(v) { ensure(8); out.writeBigInt64LE(v, outLen); outLen += 8; }
function putBytes(bytes) {
  if (bytes === null) { putU32(0xffffffff); return; }
  ensure(4 + bytes.length); out.writeUInt32LE(bytes.length, outLen); outLen += 4;
  out.set(bytes, outLen); outLen += bytes.length;
}
function putText(s) { putBytes(s === null || s === undefined ? null : te.encode(String(s))); }
function flushOut() {
  let off = 0;
  while (off < outLen) {
    try { off += fs.writeSync(OUT, out, off, outLen - off); }
    catch (e) { if (e.code === 'EAGAIN') { waitABit(); continue; } throw e; }
  }
  outLen = 0;
}
function beginFrame(type) { const at = outLen; ensure(5); outLen += 5; out[at + 4] = type; return at; }
function endFrame(at) { out.writeUInt32LE(outLen - at - 4, at); }
function reply(type, fill) { flushBatch(); const at = beginFrame(type); fill?.(); endFrame(at); flushOut(); }

// ---- queued writes ---------------------------------------------------------------------
let batchAt = -1;                 // start of the open 'W' frame in `out`, or -1
function openBatch() { if (batchAt < 0) batchAt = beginFrame(F.writes); }
function closeBatch() { if (batchAt >= 0) { endFrame(batchAt); batchAt = -1; } }
function flushBatch() { closeBatch(); if (outLen) flushOut(); }

// ---- per-store state -------------------------------------------------------------------
const modules = new Map();        // module id -> { mod, bindings }
let instances = [];               // slot -> { exports, channel }
let refs = [];                    // reference id -> a value the host holds for this store
// fd (0..1023) -> bytes that may still be queued on it; other descriptors are never queued.
let deferBudget = [];

function endStore() { instances = []; refs = []; deferBudget = []; batchAt = -1; }

// ---- strings through a channel (the module's own four exports, or the suite's bridge) --------
function gcBytes(ch, ref, what) {
  if (ref === null || ref === undefined) return null;
  if (!ch) throw new HostTrap(`${what}: the module has no string channel to read a GC string through`);
  const len = ch['clysm:string-length'](ref);
  if (typeof len !== 'number' || len < 0) throw new HostTrap(`${what}: the value is not a string`);
  if (len > MAX_STRING) throw new HostTrap(`${what}: a string of ${len} bytes is more than the host accepts`);
  const b = new Uint8Array(len), get = ch['clysm:string-byte'];
  for (let i = 0; i < len; i++) {
    const x = get(ref, i);
    if (!(x >= 0 && x <= 255)) throw new HostTrap(`${what}: clysm:string-byte returned ${x} at index ${i}, not a byte`);
    b[i] = x;
  }
  return b;
}
function toGc(ch, bytes, what) {
  if (bytes === null) return null;
  if (!ch) throw new HostTrap(`${what}: the module has no string channel to build a GC string through`);
  const s = ch['clysm:string-new'](bytes.length), set = ch['clysm:string-set-byte'];
  for (let i = 0; i < bytes.length; i++) set(s, i, bytes[i]);
  return s;
}
function hostBytes(s, what) {
  if (s === null || s === undefined) return null;
  if (typeof s !== 'string') throw new HostTrap(`${what}: expected a host string, got ${typeof s}`);
  if (!s.isWellFormed()) throw new HostTrap(`${what}: host string holds a lone surrogate (not valid Unicode)`);
  return te.encode(s);
}

function putArg(inst, repr, v, what) {
  switch (repr) {
    case Repr.Int: case Repr.Handle: case Repr.KeywordCode: putI32(typeof v === 'number' ? v : -1); break;
    case Repr.HostString: case Repr.KeywordHostString: putBytes(hostBytes(v, what)); break;
    case Repr.GcString: case Repr.KeywordGcString: putBytes(gcBytes(inst.channel, v, what)); break;
    case Repr.F64: putF64(typeof v === 'number' ? v : NaN); break;
    default: throw new ProtocolError('unknown representation ' + repr);
  }
}

function readAnswer(inst, repr, r, what) {
  if (repr === -1) return undefined;
  if (repr === Repr.Int || repr === Repr.Handle || repr === Repr.KeywordCode) return r.i32();
  if (repr === Repr.F64) return r.f64();
  const len = r.u32();
  if (len === 0xffffffff) return null;
  const bytes = r.bytes(len);
  if (repr === Repr.GcString || repr === Repr.KeywordGcString) return toGc(inst.channel, bytes, what);
  return tdFatal.decode(bytes);
}

function isValidCodePoint(cp) { return Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff); }

function isValidUtf8(b) {
  try { tdFatal.decode(b); return true; } catch { return false; }
}

// One import function: sends the call (or queues it), waits for the host's answer.
function makeImport(inst, slot, index, b) {
  const what = `${b.m} ${b.n}`;
  const params = b.p, result = b.r;
  const sync = (...args) => {
    flushBatch();
    const at = beginFrame(F.hostCall);
    try {
      putU8(slot); putU16(index);
      for (let i = 0; i < params.length; i++) putArg(inst, params[i], args[i], what);
    } catch (e) {
      outLen = at;                     // the half-built frame is dropped: the fault stays in this call
      throw e;
    }
    endFrame(at); flushOut();
    const { type, body } = readFrame();
    if (type !== F.answer) throw new ProtocolError(`expected an answer to ${what}, got frame type ${type}`);
    const r = new Reader(body);
    if (r.u8() === 0) throw new HostTrap(r.text());
    const deferrable = r.u8(), budget = r.i32();
    const fd = args[0];
    if (b.d === Defer.write && Number.isInteger(fd) && fd >= 0 && fd < 1024) deferBudget[fd] = deferrable ? budget : undefined;
    if (b.d === Defer.ends) deferBudget = [];
    return readAnswer(inst, result, r, what);
  };
  if (b.d !== Defer.write) return sync;
  const isChar = params[1] === Repr.Int;
  const gc = params[1] === Repr.GcString;
  return (fd, x) => {
    // Queue only what the host cannot refuse: a confirmed descriptor, a valid character,
    // well-formed text, within the budget. Anything else goes the synchronous way.
    const budget = (fd >>> 0) < 1024 ? deferBudget[fd] : undefined;
    if (budget === undefined) return sync(fd, x);
    let bytes = null, n;
    if (isChar) {
      if (!isValidCodePoint(x)) return sync(fd, x);
      n = x < 0x80 ? 1 : x < 0x800 ? 2 : x < 0x10000 ? 3 : 4;
    } else {
      bytes = gc ? gcBytes(inst.channel, x, what) : hostBytes(x, what);
      if (bytes === null || (gc && !isValidUtf8(bytes))) return sync(fd, x);
      n = bytes.length;
    }
    if (n > budget) return sync(fd, x);
    deferBudget[fd] = budget - n;
    openBatch();
    putU8(slot); putU16(index); putI32(fd);
    if (isChar) putI32(x); else putBytes(bytes);
    if (outLen > (1 << 16)) flushBatch();
  };
}

// ---- values across the boundary --------------------------------------------------------
function readValue(r) {
  switch (r.u8()) {
    case Tag.i32: return r.i32();
    case Tag.i64: return r.i64();
    case Tag.f32: return r.f32();
    case Tag.f64: return r.f64();
    case Tag.nul: return null;
    case Tag.ref: { const id = r.u32(); if (id >= refs.length) throw new ProtocolError('unknown reference ' + id); return refs[id]; }
    case Tag.hostString: return r.text();
    default: throw new ProtocolError('unknown value tag');
  }
}
function putValue(v) {
  if (typeof v === 'number') { putU8(Tag.f64); putF64(v); }
  else if (typeof v === 'bigint') { putU8(Tag.i64); putI64(v); }
  else if (v === null) putU8(Tag.nul);
  else if (typeof v === 'string') { putU8(Tag.hostString); putText(v); }
  else { putU8(Tag.ref); putU32(refs.length); refs.push(v); }
}
function putValues(r) {
  const vs = r === undefined ? [] : Array.isArray(r) ? r : [r];
  putU8(vs.length);
  for (const v of vs) putValue(v);
}

function fault(kind, e, fromHost) {
  const stack = typeof e?.stack === 'string' ? e.stack.split('\n').filter(l => l.includes('wasm')).join('\n') : '';
  const message = e instanceof WebAssembly.Exception
    ? 'uncaught WebAssembly exception (a Lisp throw or condition nobody caught)'
    : String(e?.message ?? e);
  reply(F.fault, () => { putU8(kind); putU8(fromHost ? 1 : 0); putText(message); putText(stack); });
}

// A failure while instantiating is a link error unless the start function ran and failed.
function isTrap(e) {
  return e instanceof WebAssembly.RuntimeError || e instanceof WebAssembly.Exception || e instanceof HostTrap || e instanceof RangeError;
}

function instance(r) {
  const slot = r.u8(), id = r.u32(), supportSlot = r.u8(), channelSlot = r.u8();
  const m = modules.get(id);
  if (!m) throw new ProtocolError('unknown module ' + id);
  const inst = { exports: null, channel: null };
  if (channelSlot !== NO_SLOT && channelSlot !== SELF) inst.channel = instances[channelSlot]?.exports ?? null;
  const imports = {};
  m.bindings.forEach((b, i) => { (imports[b.m] ??= {})[b.n] = makeImport(inst, slot, i, b); });
  if (supportSlot !== NO_SLOT) imports['clysm:support'] = instances[supportSlot].exports;
  try {
    inst.exports = new WebAssembly.Instance(m.mod, imports).exports;
  } catch (e) {
    return fault(isTrap(e) ? Fault.trap : Fault.link, e, e instanceof HostTrap);
  }
  if (channelSlot === SELF) inst.channel = inst.exports;
  instances[slot] = inst;
  reply(F.ok);
}

function call(r) {
  const inst = instances[r.u8()];
  const name = r.bytes(r.u16()).toString('utf8');
  const n = r.u8(), args = [];
  for (let i = 0; i < n; i++) args.push(readValue(r));
  const f = inst?.exports[name];
  if (typeof f !== 'function') return fault(Fault.link, new Error(`export "${name}" is missing or not a function`), false);
  let result;
  try { result = f(...args); }
  catch (e) { return fault(Fault.trap, e, e instanceof HostTrap); }
  reply(F.values, () => putValues(result));
}

function readString(r) {
  const ch = instances[r.u8()]?.exports;
  const v = readValue(r);
  let bytes;
  try {
    const len = v === null ? -1 : ch['clysm:string-length'](v);
    bytes = typeof len === 'number' && len >= 0 ? gcBytes(ch, v, 'reading a string') : null;
  } catch (e) { return fault(Fault.trap, e, e instanceof HostTrap); }
  reply(F.bytes, () => putBytes(bytes));
}

function newString(r) {
  const ch = instances[r.u8()]?.exports;
  const bytes = r.rest();
  let s;
  try { s = toGc(ch, bytes, 'building a string'); }
  catch (e) { return fault(Fault.trap, e, e instanceof HostTrap); }
  reply(F.values, () => putValues(s));
}

function compile(r) {
  const id = r.u32();
  const bindings = JSON.parse(r.bytes(r.u32()).toString('utf8'));
  const bytes = new Uint8Array(r.rest());   // a copy: the input buffer is reused
  let mod;
  try { mod = new WebAssembly.Module(bytes); }
  catch (e) { return fault(Fault.invalid, e, false); }
  modules.set(id, { mod, bindings });
  reply(F.ok);
}

// ---- main loop -------------------------------------------------------------------------
try {
  reply(F.hello, () => { const b = te.encode(JSON.stringify({ node: process.version, v8: process.versions.v8 })); ensure(b.length); out.set(b, outLen); outLen += b.length; });
  for (;;) {
    const { type, body } = readFrame();
    const r = new Reader(body);
    switch (type) {
      case F.compile: compile(r); break;
      case F.unload: modules.delete(r.u32()); break;
      case F.instantiate: instance(r); break;
      case F.call: call(r); break;
      case F.readString: readString(r); break;
      case F.newString: newString(r); break;
      case F.endStore: endStore(); break;
      case F.quit: process.exit(0);
      default: throw new ProtocolError('unknown frame type ' + type);
    }
  }
} catch (e) {
  // A protocol error cannot be answered on a stream that is out of step: say why and end, so
  // the host fails the case in flight with this message and starts a fresh process.
  fs.writeSync(2, 'protocol: ' + (e instanceof ProtocolError ? e.message : String(e?.stack ?? e)) + '\n');
  process.exit(70);
}
