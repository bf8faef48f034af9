// The write counter tests use (lives in src so e2e and background tests can install it too).
export { countWrites, type WriteCounter } from '../../../src/storage/write-counter.ts'
