/** Standard output that may be closed under us (`ziping score … | head`): EPIPE ends printing, not the run. */
export interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

export interface GuardedWriter {
  write(text: string): void;
  /** True once the reader went away; later writes are dropped. */
  readonly closed: boolean;
}

export function guardedWriter(stream: NodeJS.WritableStream): GuardedWriter {
  let closed = false;
  // Without a listener an EPIPE 'error' event would crash the process with an English stack trace.
  stream.on?.('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  });
  return {
    write(text: string) {
      if (closed) return;
      try {
        stream.write(text);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') closed = true;
        else throw e;
      }
    },
    get closed() {
      return closed;
    },
  };
}
