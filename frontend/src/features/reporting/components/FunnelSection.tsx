import { useTranslation } from 'react-i18next';
import { FUNNEL_STAGES, type Funnel } from '../api/schemas';
import { useFormat } from './format';
import { MeterList } from './MeterList';
import { Section } from './Section';

/** From applied to certified: each stage's count and its share of the applicants, as bars with their numbers. */
export function FunnelSection({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation();
  const format = useFormat();
  const top = Math.max(1, ...FUNNEL_STAGES.map((stage) => funnel[stage]));
  return (
    <Section id="report-funnel" title={t('reporting.funnel.title')} lead={t('reporting.funnel.lead')}>
      <div data-testid="report-funnel">
        <MeterList
          label={t('reporting.funnel.title')}
          meters={FUNNEL_STAGES.map((stage) => {
            const share = format.share(funnel[stage], funnel.applied);
            return {
              key: stage,
              label: t(`reporting.funnel.${stage}`),
              percent: (funnel[stage] / top) * 100,
              valueText: stage === 'applied' || share === null ? format.number(funnel[stage]) : `${format.number(funnel[stage])} (${format.percent(share)})`,
              color: stage === 'certified' ? 'teal.7' : 'civitas.6',
            };
          })}
        />
      </div>
    </Section>
  );
}
