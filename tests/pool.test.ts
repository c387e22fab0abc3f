// OrderedPool: answers taken synchronously in the order the tasks were given; a worker that throws or exits leaves
// its tasks unanswered (undefined), never a hang.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OrderedPool } from '../src/pool.js';

const ECHO = path.resolve(import.meta.dirname, 'fixtures/pool/echo-worker.mjs');
type Task = { value: number; delay?: number; fail?: 'throw' | 'exit' };

let pool: OrderedPool<Task, number> | undefined;
afterEach(() => pool?.close());

describe('OrderedPool', () => {
  it('gives the answers in the order of the tasks, whichever worker finishes first', () => {
    pool = new OrderedPool<Task, number>(ECHO, 3, { factor: 2 });
    // The first tasks take longest: later ones are answered first, and wait in their ports.
    const tasks = Array.from({ length: 12 }, (_, k) => ({ value: k, delay: k < 3 ? 60 - 20 * k : 0 }));
    for (const task of tasks) pool.submit(task);
    expect(pool.ready()).toBe(false); // the first task takes 60 ms
    expect(tasks.map(() => pool!.take())).toEqual(tasks.map((t) => t.value * 2));
    expect(pool.pending).toBe(0);
  });

  it('tells whether the oldest answer is ready without waiting for it', () => {
    pool = new OrderedPool<Task, number>(ECHO, 1, { factor: 2 });
    pool.submit({ value: 1 });
    pool.submit({ value: 2, delay: 30 });
    while (!pool.ready());
    expect(pool.ready()).toBe(true); // asking again keeps the answer found
    expect(pool.take()).toBe(2);
    expect(pool.pending).toBe(1);
    expect(pool.take()).toBe(4);
  });

  it('answers undefined for the tasks of a worker that threw or exited, and the others still come', () => {
    pool = new OrderedPool<Task, number>(ECHO, 2, { factor: 3 });
    pool.submit({ value: 1, fail: 'throw' }); // worker 0
    pool.submit({ value: 2 }); // worker 1
    expect([pool.take(), pool.take()]).toEqual([undefined, 6]);
    // Worker 0 is known to have exited: every task goes to worker 1 until it exits too.
    for (const value of [3, 4, 5]) pool.submit({ value });
    expect([pool.take(), pool.take(), pool.take()]).toEqual([9, 12, 15]);
    pool.submit({ value: 6, fail: 'exit' });
    pool.submit({ value: 7 }); // given to the same worker before it exits: unanswered
    expect([pool.take(), pool.take()]).toEqual([undefined, undefined]);
    // No worker left: a task is answered undefined at once.
    pool.submit({ value: 8 });
    expect(pool.take()).toBeUndefined();
  });

  it('answers undefined when the worker script cannot be loaded', () => {
    pool = new OrderedPool<Task, number>(path.resolve(import.meta.dirname, 'fixtures/pool/missing.mjs'), 1, {});
    pool.submit({ value: 1 });
    expect(pool.take()).toBeUndefined();
  });
});
