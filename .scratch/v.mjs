const m = await import('./u.ts');
