/** The part of the HTTP response a controller touches: status and headers (the body is what it returns). */
export interface ResponseHeaders {
  setHeader(name: string, value: string): unknown;
  status(code: number): unknown;
}
