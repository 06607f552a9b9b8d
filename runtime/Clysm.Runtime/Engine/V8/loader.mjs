// The main thread of the V8 worker process. It only starts the wasm thread (wasm-thread.mjs),
// which speaks the protocol with the C# host over fds 0 and 1, and watches the parent: wasm
// that loops blocks its own thread, never this one, so the process still exits within a
// fraction of a second when the C# process dies (kill -9 included), whatever the case does.
//
// argv: [node, loader.mjs, wasm-thread.mjs, stackSizeMb, heapMb]
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';

const [threadScript, stackSizeMb, heapMb] = process.argv.slice(2);
const parent = process.ppid;            // cached by Node at start-up: the pid to outlive nobody

// The parent is gone when this process was re-parented (Linux: /proc), or when the pid no longer
// exists (elsewhere). A dead parent's pid could be reused, but not within the poll interval.
function parentGone() {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'latin1');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return ppid !== parent;
  } catch {
    try { process.kill(parent, 0); return false; } catch (e) { return e.code === 'ESRCH'; }
  }
}

const thread = new Worker(threadScript, {
  // The wasm stack budget (docs/stage-abi.md): the thread's stack, of which Node keeps 192 KiB
  // for itself, is set by the C# side so that V8's limit for wasm and JS frames is the budget.
  resourceLimits: { stackSizeMb: Number(stackSizeMb), maxOldGenerationSizeMb: Number(heapMb) },
  // The thread's own process.stdout/stderr stay unconnected: piping them here would make Node open
  // fds 1 and 2 as streams, which sets them non-blocking, and the thread's synchronous writes would
  // then spin on EAGAIN whenever the pipe to the host is full.
  stdout: true, stderr: true,
});
thread.on('error', e => {
  fs.writeSync(2, 'engine thread failed: ' + (e?.stack ?? String(e)) + '\n');
  process.exit(70);
});
thread.on('exit', code => process.exit(code));
setInterval(() => { if (parentGone()) process.exit(0); }, 100);
