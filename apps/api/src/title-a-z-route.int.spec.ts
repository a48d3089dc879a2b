import { startTestApi } from '@era/api-testing';
import { AppModule } from './app.module';

describe('the title A-Z in the composed API', () => {
  it('answers GET /a-z/titles itself, not as the database A-Z entry named "titles"', async () => {
    const api = await startTestApi({ root: (config) => AppModule.forApi(config) });
    try {
      const response = await api.http().get('/a-z/titles').query({ activeOn: '2026-03-01' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ activeOn: '2026-03-01', items: [] });
    } finally {
      await api.close();
    }
  });
});
