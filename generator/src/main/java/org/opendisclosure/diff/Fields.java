package org.opendisclosure.diff;

import java.math.BigDecimal;
import java.util.function.Function;

import org.opendisclosure.model.BudgetRow;
import org.opendisclosure.model.BudgetSection;
import org.opendisclosure.model.Funding;
import org.opendisclosure.model.Project;
import org.opendisclosure.model.ThreePublicCosts;

/** The compared fields of each record, with the labels readers know them by. */
final class Fields {

    /** Receives one field's two values. */
    @FunctionalInterface
    interface Pair<T> {
        void accept(String field, T before, T after);
    }

    private Fields() {
    }

    static void funding(Funding a, Funding b, Pair<BigDecimal> out) {
        Funding x = a == null ? Funding.NONE : a;
        Funding y = b == null ? Funding.NONE : b;
        out.accept("项目资金总额", x.projectTotal(), y.projectTotal());
        out.accept("其中：财政资金", x.projectFiscal(), y.projectFiscal());
        out.accept("其中：其他资金", x.projectOther(), y.projectOther());
        out.accept("年度资金", x.annualTotal(), y.annualTotal());
        out.accept("当年财政拨款", x.appropriation(), y.appropriation());
        out.accept("上年结转资金", x.carriedOver(), y.carriedOver());
        out.accept("其他资金", x.other(), y.other());
        out.accept("同名项目上年预算额", x.priorYearBudget(), y.priorYearBudget());
        out.accept("同名项目上年预算执行数", x.priorYearExecution(), y.priorYearExecution());
    }

    static void row(BudgetRow a, BudgetRow b, Pair<BigDecimal> out) {
        out.accept("一般公共预算", get(a, BudgetRow::generalBudget), get(b, BudgetRow::generalBudget));
        out.accept("政府性基金", get(a, BudgetRow::governmentFund), get(b, BudgetRow::governmentFund));
        out.accept("事业收入", get(a, BudgetRow::businessIncome), get(b, BudgetRow::businessIncome));
        out.accept("事业单位经营收入", get(a, BudgetRow::operatingIncome), get(b, BudgetRow::operatingIncome));
        out.accept("其他收入", get(a, BudgetRow::otherIncome), get(b, BudgetRow::otherIncome));
        out.accept("基本支出", get(a, BudgetRow::basic), get(b, BudgetRow::basic));
        out.accept("项目支出", get(a, BudgetRow::project), get(b, BudgetRow::project));
    }

    static void threePublic(ThreePublicCosts a, ThreePublicCosts b, Pair<BigDecimal> out) {
        out.accept("因公出国（境）费", get(a, ThreePublicCosts::overseas), get(b, ThreePublicCosts::overseas));
        out.accept("公务接待费", get(a, ThreePublicCosts::reception), get(b, ThreePublicCosts::reception));
        out.accept("公务用车购置费", get(a, ThreePublicCosts::vehiclePurchase),
                get(b, ThreePublicCosts::vehiclePurchase));
        out.accept("公务用车运行费", get(a, ThreePublicCosts::vehicleOperation),
                get(b, ThreePublicCosts::vehicleOperation));
        out.accept("机关运行经费", get(a, ThreePublicCosts::operatingCosts), get(b, ThreePublicCosts::operatingCosts));
    }

    static void prose(Project a, Project b, Pair<String> out) {
        out.accept("资金用途", a.purpose(), b.purpose());
        if (a.prose() != null || b.prose() != null) {
            var x = a.prose();
            var y = b.prose();
            out.accept("项目概况", x == null ? null : x.overview(), y == null ? null : y.overview());
            out.accept("立项依据", x == null ? null : x.basis(), y == null ? null : y.basis());
            out.accept("项目设立的必要性", x == null ? null : x.necessity(), y == null ? null : y.necessity());
            out.accept("保证项目实施的制度、措施", x == null ? null : x.safeguards(), y == null ? null : y.safeguards());
            out.accept("项目实施计划", x == null ? null : x.plan(), y == null ? null : y.plan());
        }
        if (a.goals() != null || b.goals() != null) {
            var x = a.goals();
            var y = b.goals();
            out.accept("项目总目标", x == null ? null : x.overall(), y == null ? null : y.overall());
            out.accept("年度绩效目标", x == null ? null : x.annual(), y == null ? null : y.annual());
        }
        out.accept("备注", a.remarks(), b.remarks());
    }

    static String sectionLabel(String key) {
        return BudgetSection.ALL.stream().filter(s -> s.key().equals(key)).map(BudgetSection::heading).findFirst()
                .orElse(key);
    }

    private static <R> BigDecimal get(R record, Function<R, BigDecimal> field) {
        return record == null ? null : field.apply(record);
    }
}
