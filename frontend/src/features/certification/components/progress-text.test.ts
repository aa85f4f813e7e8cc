import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { attendance, finalTest, program } from '../testing';
import { whatIsLeft } from './progress-text';

describe('what is left', () => {
  const t = i18n.t.bind(i18n);

  it('names the module by its number, counts sessions in words and ends with the final test', async () => {
    await i18n.changeLanguage('uk');
    const left = [
      attendance({ moduleId: 33, required: 3, done: 2, met: false }),
      attendance({ moduleId: 32, required: 4, done: 1, met: false }),
      finalTest(),
    ];
    expect(whatIsLeft(left, program.modules, t)).toBe('Модуль 3: ще 1 захід; Модуль 2: ще 3 заходи; підсумковий тест не складено');
    await i18n.changeLanguage('en');
    expect(whatIsLeft(left, program.modules, t)).toBe('Module 3: 1 more session; Module 2: 3 more sessions; final test not passed yet');
  });

  it('falls back to the module title, counts overall attendance and says when all is met', async () => {
    await i18n.changeLanguage('uk');
    expect(whatIsLeft([attendance({ moduleId: 99, moduleTitle: 'Практикум', required: 5, done: 0, met: false })], undefined, t)).toBe(
      'Практикум: ще 5 заходів',
    );
    expect(whatIsLeft([attendance({ moduleId: null, moduleTitle: null, required: 4, done: 2, met: false })], undefined, t)).toBe(
      'Відвідування: ще 2 заходи',
    );
    expect(
      whatIsLeft([{ ...finalTest(), kind: 'module_test', moduleId: 32, moduleTitle: 'Електронні послуги', quizId: 52 }], program.modules, t),
    ).toBe('Модуль 2: тест не складено');
    expect(whatIsLeft([attendance()], program.modules, t)).toBe('Усі вимоги виконано');
  });
});
