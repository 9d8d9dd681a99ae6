import { AsyncLocalStorage } from "node:async_hooks";

const scoped = new AsyncLocalStorage<Headers>();

/** The request that mocked `next/headers` hands to server code in integration tests. */
class TestCookies {
  private jar = new Map<string, string>();
  get(name: string) {
    const value = this.jar.get(name);
    return value === undefined ? undefined : { name, value };
  }
  getAll() {
    return [...this.jar].map(([name, value]) => ({ name, value }));
  }
  has(name: string) {
    return this.jar.has(name);
  }
  set(name: string, value: string) {
    this.jar.set(name, value);
    return this;
  }
  delete(name: string) {
    this.jar.delete(name);
    return this;
  }
}

export const testRequest = {
  headers: new Headers({ "x-forwarded-for": "203.0.113.10", "user-agent": "vitest" }),
  cookies: new TestCookies(),
  /** Pretends the next calls come from this client address. */
  setIp(ip: string) {
    this.headers.set("x-forwarded-for", ip);
  },
  /** The headers of the call in progress: its own when started through `asClient`, else the shared ones. */
  current(): Headers {
    return scoped.getStore() ?? this.headers;
  },
  /** Runs `fn` as a request from `ip`, so that concurrent calls can come from different clients. */
  asClient<T>(ip: string, fn: () => Promise<T>): Promise<T> {
    const headers = new Headers(this.headers);
    headers.set("x-forwarded-for", ip);
    return scoped.run(headers, fn);
  },
};
