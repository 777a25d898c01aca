import * as pulumi from '@pulumi/pulumi';

// The Pulumi SDK keeps diagnostics for the engine and for its own leak report while a program runs.
// An offline run reads none of them, and at thousands of resources they cost more than the program.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const debuggable = require('@pulumi/pulumi/runtime/debuggable') as {
  debuggablePromise<T>(promise: Promise<T>, context: unknown): Promise<T>;
};

const resourceClass = pulumi.Resource as unknown as { stackTrace(skip: number): unknown[] };

/**
 * Runs a program under the mocks without the SDK's diagnostics, then puts them back:
 * - no stack trace is recorded for errors: the SDK records one for every promise it makes (for its
 *   leak report), several per output property. Offline errors are reported by message, never by stack;
 * - no resource's source position is taken: the SDK takes it from a stack trace of unlimited depth,
 *   parsed line by line, for the engine's diagnostics, which the mocks never read;
 * - promises are not wrapped for the leak report (debuggablePromise: three properties, a set entry and
 *   two more promises each). The offline run waits for every registration itself (waitForRPCs).
 * Outputs and registrations are the same with or without them.
 */
export async function withoutSdkDiagnostics<T>(program: () => Promise<T>): Promise<T> {
  const stackTraceLimit = Error.stackTraceLimit;
  const stackTrace = Object.getOwnPropertyDescriptor(resourceClass, 'stackTrace')!;
  const debuggablePromise = debuggable.debuggablePromise;
  Error.stackTraceLimit = 0;
  resourceClass.stackTrace = () => [];
  debuggable.debuggablePromise = (promise) => promise;
  try {
    return await program();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    Object.defineProperty(resourceClass, 'stackTrace', stackTrace);
    debuggable.debuggablePromise = debuggablePromise;
  }
}
