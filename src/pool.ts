// A pool of worker threads whose answers the calling thread takes synchronously, in the order the tasks were given.
// A run's report is a synchronous generator (the streamed formats write each file as it is linted), so the pool blocks
// on Atomics.wait for the next answer instead of turning every report format asynchronous (ARCHITECTURE.md, "Files are
// linted on worker threads when there are enough of them").
import { MessageChannel, type MessagePort, Worker, isMainThread, receiveMessageOnPort, workerData } from 'node:worker_threads';

/** Shared by the pool and its workers: [0] counts what the workers posted or did (each answer, each exit). */
const POSTED = 0;
/** Then one flag per worker: 1 once it has exited, whether it finished, threw, ran out of memory or was stopped. */
const exitedFlag = (w: number) => 1 + w;

/**
 * The workers are started by a supervisor thread that does nothing else: a worker's 'exit' event comes on the event
 * loop of the thread that started it, which the pool's caller blocks, and a worker out of memory runs none of its own
 * code. The idle supervisor sees every exit and raises the worker's flag (exitedFlag(w), then counts it at POSTED).
 */
const SUPERVISOR = `
const { Worker, workerData } = require('node:worker_threads');
const { script, signals, starts } = workerData;
starts.forEach((start, w) => {
  const worker = new Worker(script, { workerData: start, transferList: [start.port] });
  worker.on('error', () => {});
  worker.on('exit', () => {
    Atomics.store(signals, 1 + w, 1);
    Atomics.add(signals, 0, 1);
    Atomics.notify(signals, 0);
  });
});
`;

/** What a worker receives as its workerData: its end of the pool's channel, the signals, and the caller's setup. */
interface WorkerStart<Setup> {
  port: MessagePort;
  signals: Int32Array;
  setup: Setup;
}

export class OrderedPool<Task, Answer> {
  private readonly signals: Int32Array;
  private readonly supervisor: Worker;
  /** The pool's end of each worker's channel. */
  private readonly ports: MessagePort[];
  /** The worker of each task not yet taken, oldest first (-1: none was alive to take it). */
  private readonly given: number[] = [];
  private turn = 0;
  /** The answer to the oldest task, once ready() has found it. */
  private early?: { answer: Answer | undefined };

  /** Starts `size` workers running `script`, each given `setup` (structured-cloned: data, not functions). */
  constructor(script: string, size: number, setup: unknown) {
    this.signals = new Int32Array(new SharedArrayBuffer(4 * (1 + size)));
    const channels = Array.from({ length: size }, () => new MessageChannel());
    this.ports = channels.map((c) => c.port1);
    const starts: WorkerStart<unknown>[] = channels.map((c) => ({ port: c.port2, signals: this.signals, setup }));
    this.supervisor = new Worker(SUPERVISOR, { eval: true, workerData: { script, signals: this.signals, starts }, transferList: channels.map((c) => c.port2) });
    this.supervisor.on('error', () => {});
    // The run ends when its report is written, not when the workers are stopped.
    this.supervisor.unref();
  }

  /** Hands a task to the next worker alive, in turn. */
  submit(task: Task): void {
    for (let tries = 0; tries < this.ports.length; tries++) {
      const w = this.turn++ % this.ports.length;
      if (this.exited(w)) continue;
      this.ports[w].postMessage(task);
      this.given.push(w);
      return;
    }
    this.given.push(-1);
  }

  /** How many workers were started. */
  get size(): number {
    return this.ports.length;
  }

  /** How many tasks were given and not yet taken. */
  get pending(): number {
    return this.given.length;
  }

  /** Whether take() would return at once: the oldest task not yet taken is answered (or its worker gone). */
  ready(): boolean {
    if (this.early) return true;
    const w = this.given[0];
    if (w === undefined) throw new Error('OrderedPool.ready: no task was given');
    const found = this.look(w);
    if (found) this.early = found;
    return found !== undefined;
  }

  /** The answer to the oldest task not yet taken, waiting for it; undefined when its worker died before answering. */
  take(): Answer | undefined {
    const w = this.given[0];
    if (w === undefined) throw new Error('OrderedPool.take: no task was given');
    let found = this.early;
    while (!found) {
      // Read the count before looking: a post after the look changes it, so the wait below returns at once.
      const posted = Atomics.load(this.signals, POSTED);
      found = this.look(w);
      if (!found) Atomics.wait(this.signals, POSTED, posted);
    }
    this.given.shift();
    this.early = undefined;
    return found.answer;
  }

  /** Stops the workers (tasks not taken are dropped). */
  close(): void {
    for (const port of this.ports) port.close();
    // Workers started by a thread stop with it.
    void this.supervisor.terminate();
  }

  /** Worker w's next answer if it has come, `{ answer: undefined }` if it never will (no worker, or it exited). */
  private look(w: number): { answer: Answer | undefined } | undefined {
    if (w < 0) return { answer: undefined };
    const message = receiveMessageOnPort(this.ports[w]);
    if (message) return { answer: message.message as Answer };
    // A worker posts its answer before it can exit: once it has exited, one more look finds all it posted.
    if (this.exited(w)) return { answer: receiveMessageOnPort(this.ports[w])?.message as Answer | undefined };
    return undefined;
  }

  private exited(w: number): boolean {
    return Atomics.load(this.signals, exitedFlag(w)) === 1;
  }
}

/**
 * Run in a worker of an OrderedPool: answers each task, in the order they come, with the function `prepare` makes once
 * from the pool's setup (the rules compiled).
 */
export function serveTasks<Setup, Task, Answer>(prepare: (setup: Setup) => (task: Task) => Answer): void {
  if (isMainThread) throw new Error('serveTasks runs in a worker thread');
  const { port, signals, setup } = workerData as WorkerStart<Setup>;
  const answer = prepare(setup);
  // A task that throws ends the worker: the pool's caller does it again itself and meets the same error there.
  port.on('message', (task: Task) => {
    port.postMessage(answer(task));
    Atomics.add(signals, POSTED, 1);
    Atomics.notify(signals, POSTED);
  });
}
