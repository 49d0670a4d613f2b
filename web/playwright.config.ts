import { defineConfig } from '@playwright/test';

// Driven by the hub's PortalInTheBrowserTest, which starts a province and passes its address.
// The browser is Debian's chromium: Playwright's own browser downloads cannot work on our machines.
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // E2E_TRACE=1: a failed specification leaves what each of its pages showed and did, for `npx playwright show-trace`
    // (off by default: recording slows the whole run by half on two cores)
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
