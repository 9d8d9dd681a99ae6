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
};
