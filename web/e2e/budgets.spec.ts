import { test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Measured, not asserted (timings vary with the machine): BENCHMARKS.md reports them.
const OUT = join(process.env.SCREENSHOTS ?? 'test-results/screenshots', '..', 'web-budgets.json');

test('the home page\'s JavaScript, its largest contentful paint, and suggestions as one types', async ({ page }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  const measured = await page.evaluate(async () => {
    const lcp = await new Promise<number>((resolve) => {
      new PerformanceObserver((list) => {
        const entries = list.getEntries();
        resolve(entries[entries.length - 1].startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve(-1), 3000);
    });
    const scripts = performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script'
      || e.name.endsWith('.js')) as PerformanceResourceTiming[];
    return {
      lcpMillis: Math.round(lcp),
      scriptFiles: scripts.length,
      scriptBytesTransferred: scripts.reduce((sum, e) => sum + e.transferSize, 0),
      scriptBytesDecoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0),
    };
  });

  const box = page.getByRole('combobox', { name: /搜索科技成果/ });
  const latencies: number[] = [];
  for (const word of ['技', '技术', '材', '材料', '碳', '碳纤', '玉', '玉米', '智', '智能']) {
    await box.fill('');
    const started = Date.now();
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('Suggest'));
    await box.fill(word);
    await answered;
    await page.waitForTimeout(0);
    latencies.push(Date.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const result = { ...measured, suggestP50Millis: latencies[Math.floor(latencies.length * 0.5)], suggestP95Millis: latencies[Math.ceil(latencies.length * 0.95) - 1] };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(result, null, 2));
  console.log(`web budgets: ${JSON.stringify(result)}`);
});
