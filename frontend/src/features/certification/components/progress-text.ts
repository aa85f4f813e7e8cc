import type { TFunction } from 'i18next';
import type { Requirement } from '../api/schemas';

export interface ModuleRef {
  id: number;
  title: string;
}

/** "Модуль 3" when the program's modules are known, else the module's title from the requirement. */
export function moduleName(requirement: Requirement, modules: ModuleRef[] | undefined, t: TFunction): string {
  const index = modules?.findIndex((module) => module.id === requirement.moduleId) ?? -1;
  if (index >= 0) return t('certification.progress.moduleN', { n: index + 1 });
  return requirement.moduleTitle ?? '';
}

/** One unmet requirement as a short phrase: "Модуль 3: ще 1 захід", "підсумковий тест не складено". */
export function leftPhrase(requirement: Requirement, modules: ModuleRef[] | undefined, t: TFunction): string {
  switch (requirement.kind) {
    case 'attendance': {
      const count = Math.max(1, requirement.required - (requirement.done ?? 0));
      const more = t('certification.progress.moreSessions', { count });
      return requirement.moduleId === null ? t('certification.progress.overallLeft', { more }) : `${moduleName(requirement, modules, t)}: ${more}`;
    }
    case 'module_test':
      return t('certification.progress.moduleTestLeft', { module: moduleName(requirement, modules, t) });
    case 'final_test':
      return t('certification.progress.finalTestLeft');
  }
}

/**
 * What is left to complete, as one sentence built from the unmet requirements
 * ("Модуль 3: ще 1 захід; підсумковий тест не складено"), or that everything is done.
 */
export function whatIsLeft(requirements: Requirement[], modules: ModuleRef[] | undefined, t: TFunction): string {
  const left = requirements.filter((requirement) => !requirement.met).map((requirement) => leftPhrase(requirement, modules, t));
  if (left.length === 0) return t('certification.progress.allMet');
  const sentence = left.join('; ');
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}

/** One requirement as a checklist line: what it asks and how far the learner is. */
export function requirementLabel(requirement: Requirement, modules: ModuleRef[] | undefined, t: TFunction): string {
  switch (requirement.kind) {
    case 'attendance': {
      const where = requirement.moduleId === null ? t('certification.progress.overall') : moduleName(requirement, modules, t);
      const title = requirement.moduleId !== null && requirement.moduleTitle && where !== requirement.moduleTitle ? ` «${requirement.moduleTitle}»` : '';
      return t('certification.progress.attendanceLine', {
        where: `${where}${title}`,
        done: requirement.done ?? 0,
        required: requirement.required,
        total: requirement.total ?? requirement.required,
      });
    }
    case 'module_test':
    case 'final_test': {
      const quiz = requirement.quizTitle ?? (requirement.kind === 'final_test' ? t('certification.progress.finalTest') : '');
      const score =
        requirement.done === null
          ? t('certification.progress.notTaken')
          : t('certification.progress.bestScore', { score: formatPercent(requirement.done) });
      return t('certification.progress.testLine', { quiz, score, required: formatPercent(requirement.required) });
    }
  }
}

const formatPercent = (value: number) => String(Math.round(value * 10) / 10);
