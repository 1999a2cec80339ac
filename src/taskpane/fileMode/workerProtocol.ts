// What the pane and its file-mode worker say to each other. Every request carries the bytes it works on, so the worker
// holds nothing the pane needs: cancelling a command terminates it and the next request starts a fresh one.
import type { CheckSettings, HostError, HostErrorCode } from '../../core/host';
import type { CheckProgress, CheckResult, OutputPart } from '../../core';
import type { RevealedCell } from '../fileSession';

export type WorkerRequest =
  | { readonly id: number; readonly type: 'open'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: 'check'; readonly bytes: Uint8Array; readonly settings: CheckSettings; readonly asOf: string; readonly parts: readonly OutputPart[] }
  | { readonly id: number; readonly type: 'clear'; readonly bytes: Uint8Array }
  /** One return workbook per lead unit for `period`, as one archive. */
  | { readonly id: number; readonly type: 'returns'; readonly bytes: Uint8Array; readonly settings: CheckSettings; readonly asOf: string; readonly period: string }
  /** The returned workbooks merged into a checked copy of the table. */
  | {
      readonly id: number;
      readonly type: 'merge';
      readonly bytes: Uint8Array;
      readonly settings: CheckSettings;
      readonly asOf: string;
      readonly period: string;
      readonly returns: readonly { readonly name: string; readonly bytes: Uint8Array }[];
    }
  /** `version` names the bytes, so that the worker parses a workbook once for many rows. */
  | { readonly id: number; readonly type: 'row'; readonly bytes: Uint8Array; readonly version: number; readonly sheet: string; readonly row: number };

export interface OpenedWorkbook {
  /** The sheets that may hold the task table. */
  readonly sheets: readonly string[];
  /** Null when a sheet holds a task table; else where none was found and the header cells seen, whole (HostError.where). */
  readonly noTable: HostError['where'] | null;
}

export interface CheckedCopy {
  readonly result: CheckResult;
  readonly output: Uint8Array;
}

/** The returns of a period, zipped, and how many workbooks the archive holds. */
export interface ReturnsArchive {
  readonly archive: Uint8Array;
  readonly count: number;
}

export type WorkerAnswer = OpenedWorkbook | CheckedCopy | ReturnsArchive | { readonly output: Uint8Array } | { readonly cells: RevealedCell['cells'] };

/** An error as it crosses to the pane: structured cloning keeps neither the class nor the fields of a HostError. */
export type WorkerFailure = { readonly code: HostErrorCode; readonly where: HostError['where'] };

export type WorkerReply =
  | { readonly id: number; readonly type: 'progress'; readonly progress: CheckProgress }
  | { readonly id: number; readonly type: 'done'; readonly answer: WorkerAnswer }
  | { readonly id: number; readonly type: 'failed'; readonly failure: WorkerFailure };

/** The part of a Worker the host uses; tests hand in one that runs the service in the same thread. */
export interface WorkerPort {
  postMessage(request: WorkerRequest): void;
  onmessage: ((event: { readonly data: WorkerReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}
