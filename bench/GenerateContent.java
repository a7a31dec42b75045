import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Generates benchmark content: a city's departments, their budgets and projects, in the project's
 * own YAML format (under {@code <out>/content}) and the same data mirrored as a Hugo site's content
 * (under {@code <out>/hugo/content}, one page per page of ours, front matter in JSON).
 *
 * <p>Single file, JDK only: {@code java bench/GenerateContent.java --size M --seed 1 --out /tmp/x}.
 * Everything is drawn from {@link SplittableRandom}s seeded by the seed and the identity of what is
 * drawn (year, department, unit, slot), so the same arguments give byte-identical files, and files
 * are written as they are made: only one department-year is in memory at a time.
 *
 * <p>Shape, copied from the bundled seeds: departments of 15 units; projects on both official forms
 * (2019: sub-projects, prose, contact, prior-year figures; 2024: funding sources and categories) with
 * 15–20 indicators each in three-level trees (a tenth of the 2019 ones two-level); one budget per
 * department and year with functional rows (some with several income sources and their spending
 * split, some from 政府性基金), economic rows that add up to the basic spending, 三公, procurement,
 * published totals and a key project; one classification catalogue per year, with the names that
 * changed between years. Sizes: S = 10 departments, M = 100 (a city's year), L = 100 over ten years
 * (2015–2024); 150 projects per department and year. Projects recur across years under the same id
 * (four in five), so their pages link the years.
 */
public final class GenerateContent {

    record Size(String name, int departments, int firstYear, int lastYear) {
    }

    static final Map<String, Size> SIZES = Map.of(
            "S", new Size("S", 10, 2024, 2024),
            "M", new Size("M", 100, 2024, 2024),
            "L", new Size("L", 100, 2015, 2024));
    static final int UNITS = 15;
    static final int PROJECTS_PER_DEPARTMENT = 150;

    public static void main(String[] args) throws IOException {
        String size = null;
        long seed = 1;
        Path out = null;
        boolean hugo = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-hugo" -> hugo = false;
                default -> usage("unknown argument: " + args[i]);
            }
        }
        if (size == null || !SIZES.containsKey(size) || out == null) {
            usage("--size S|M|L and --out DIR are required");
        }
        if (Files.exists(out.resolve("content")) || Files.exists(out.resolve("hugo"))) {
            usage(out + " already holds generated content; remove it first");
        }
        long start = System.nanoTime();
        GenerateContent generator = new GenerateContent(SIZES.get(size), seed, out, hugo);
        generator.run();
        System.out.printf("generated %s (seed %d): %d projects, %d department budgets, %d files in %.1f s -> %s%n",
                size, seed, generator.projectCount.get(), generator.budgetCount.get(), generator.fileCount.get(),
                (System.nanoTime() - start) / 1e9, out);
    }

    static void usage(String message) {
        System.err.println("GenerateContent: " + message);
        System.err.println("usage: java bench/GenerateContent.java --size S|M|L --out DIR [--seed N] [--no-hugo]");
        System.exit(2);
    }

    private final Size size;
    private final long seed;
    private final Path content;
    private final Path hugoContent;
    final AtomicLong projectCount = new AtomicLong();
    final AtomicLong budgetCount = new AtomicLong();
    final AtomicLong fileCount = new AtomicLong();
    private final Set<Path> directories = ConcurrentHashMap.newKeySet();
    /** Each project id's years, gathered while the years are written, for Hugo's history data. */
    final Map<String, Map<Integer, HugoMirror.ProjectYear>> histories = new ConcurrentHashMap<>();

    GenerateContent(Size size, long seed, Path out, boolean hugo) {
        this.size = size;
        this.seed = seed;
        this.content = out.resolve("content");
        this.hugoContent = hugo ? out.resolve("hugo/content") : null;
    }

    /** A random source for one thing, the same for the same seed and parts in any run and order. */
    SplittableRandom random(long... parts) {
        long h = seed ^ 0x5DEECE66DL;
        for (long part : parts) {
            h = (h + part) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        return new SplittableRandom(h);
    }

    // ------------------------------------------------------------------ word lists

    static final List<String> DOMAINS = List.of("教育", "卫生健康", "民政", "公安", "财政", "人力资源和社会保障",
            "规划和自然资源", "生态环境", "住房和城乡建设管理", "交通", "农业农村", "水务", "文化和旅游", "应急管理",
            "市场监督管理", "体育", "统计", "医疗保障", "绿化和市容管理", "科学技术", "经济和信息化", "商务", "司法", "审计",
            "退役军人事务", "民族和宗教事务", "国有资产监督管理", "地方金融监督管理", "机关事务管理", "档案", "气象",
            "城市管理行政执法", "粮食和物资储备", "房屋管理", "知识产权", "数据", "民防", "信访", "侨务", "住房保障");
    static final List<String> DEPARTMENT_KINDS = List.of("局", "委员会", "局", "办公室", "局");
    static final List<String> DISTRICTS = List.of("黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区",
            "杨浦区", "闵行区", "宝山区", "嘉定区", "浦东新区", "金山区", "松江区", "青浦区", "奉贤区", "崇明区");
    static final List<String> UNIT_KINDS = List.of("信息中心", "执法总队", "事务中心", "服务中心", "研究所",
            "培训中心", "档案馆", "监测站", "指导中心", "保障中心", "发展中心", "检测所", "宣传中心", "评估中心",
            "管理所", "技术中心", "资料馆", "调度中心");
    static final List<String> OBJECTS = List.of("社区卫生服务", "养老服务", "中小学校舍", "城市道路", "中小河道",
            "公共就业服务", "社会保险经办", "档案数字化", "政务信息系统", "食品安全抽检", "消防设施", "公共绿地", "12345 热线",
            "12333 热线", "政务服务中心", "生活垃圾分类", "公共图书馆", "体育场馆", "应急物资储备", "防汛防台",
            "农村饮用水", "农田水利", "公交线路", "轨道交通安全", "网格化管理", "数据共享交换平台", "电子证照",
            "劳动保障监察", "职业技能培训", "困难群众救助", "残疾人康复", "退役军人服务", "法律援助", "人民调解",
            "知识产权保护", "科技创新券", "中小企业服务", "国资监管系统", "空气质量监测", "噪声监测", "土壤污染防治",
            "历史建筑保护", "旧住房修缮", "保障性住房", "公共租赁住房", "文物保护", "非遗传承", "市民健身", "青少年体育",
            "疾病预防控制", "妇幼保健", "精神卫生", "院前急救", "血液安全", "医保基金监管", "药品集中采购", "统计调查",
            "经济普查", "气象观测", "地震监测", "人防工程", "信访接待", "侨务联络", "宗教场所安全", "机关办公用房",
            "公务用车", "会议服务", "安保服务", "保洁物业", "视频监控", "网络安全", "数据中心机房", "云资源租赁");
    static final List<String> ACTIVITIES = List.of("运行维护", "建设", "改造", "购买服务", "专项补贴",
            "监测", "宣传", "培训", "设备购置", "检测", "信息化建设", "安全保障", "日常运营", "外包服务", "绩效评价",
            "课题研究", "标准制定", "巡查", "维修", "租赁", "系统升级", "数据治理", "应急演练", "人员经费补助");
    static final List<String> SUFFIXES = List.of("项目经费", "经费", "项目", "专项资金", "补助经费", "工作经费");
    static final List<String> SUB_PARTS = List.of("人员经费", "设备购置费", "运行维护费", "培训费", "宣传费",
            "专家咨询费", "印刷费", "租赁费", "委托业务费", "差旅费", "劳务费", "邮电费", "软件开发费", "检测费");
    static final List<String> SENTENCES = List.of(
            "保障{o}全年 365 天正常运行，及时处置各类故障，系统可用率保持较高水平。",
            "完成{o}{a}任务，覆盖全市各街镇，服务对象满意度进一步提高。",
            "通过{a}，进一步提升{o}的服务质量和管理水平，群众投诉率持续下降。",
            "按照年度计划完成{o}相关工作 {n} 项，资金使用规范，预算执行进度符合要求。",
            "建立健全{o}长效管理制度，开展培训 {n} 场次，培训质量稳步提升。",
            "推进{o}标准化、规范化建设，年内完成验收。",
            "对{o}开展{a}，发现问题及时整改，杜绝重大安全事故。",
            "提高{o}信息化水平，实现数据共享 {n} 类，办理时限进一步压缩。",
            "为 {n} 万人次提供{o}服务，接通率和话后满意度保持较高水平。",
            "落实{o}各项政策，补贴资金按时足额发放到位，做到准确无误。",
            "根据《上海市{o}管理办法》（沪府办发〔201{s}〕{n}号）的要求，由本单位负责组织实施。",
            "项目资金按季度结算，每季度对{o}{a}情况进行考核，考核不合格的限期整改。");
    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙",
            "朱", "马", "胡", "郭", "林", "何", "高", "谢");
    static final List<String> GIVEN = List.of("伟", "芳", "敏", "静", "磊", "洁", "勇", "艳", "军", "杰", "娟", "涛",
            "明", "超", "秀英", "振宇", "建华", "晓东", "丽华", "志强");
    static final List<String> QUALITATIVE = List.of("及时", "有效", "健全", "规范、安全、高效", "按计划完成", "逐步提升",
            "制定并完善", "持续改善");
    static final List<String> UNITS_OF_MEASURE = List.of("人次", "场", "个", "台", "次", "平方米", "批次", "人", "家",
            "套", "项", "公里", "户", "件");

    /** Indicator names by 二级指标 (both forms). */
    static final Map<String, List<String>> INDICATOR_NAMES = Map.ofEntries(
            Map.entry("经济成本指标", List.of("项目预算控制数", "单位服务成本", "设备采购成本", "人员成本控制")),
            Map.entry("社会成本指标", List.of("对周边群众生活的影响")),
            Map.entry("生态环境成本指标", List.of("能耗控制")),
            Map.entry("数量指标", List.of("服务人次", "培训场次", "覆盖街镇数", "设备数量", "巡查次数", "维修面积",
                    "检测批次", "坐席人员数", "发放补贴人数", "系统接入单位数", "系统维护计划完成数", "印制资料数量")),
            Map.entry("质量指标", List.of("验收合格率", "系统可用率", "质量控制合格率", "整改完成率", "数据准确率",
                    "发放准确率", "培训合格率", "设备完好率", "运行正常率")),
            Map.entry("时效指标", List.of("故障响应时间", "任务完成及时率", "资金拨付及时率", "办结时限", "一般故障修复时间")),
            Map.entry("经济效益指标", List.of("节约财政资金", "带动社会投资")),
            Map.entry("社会效益指标", List.of("群众投诉率", "综合接通率", "服务覆盖率", "政策知晓率", "问题发现率",
                    "环境达标率", "安全事故发生率", "信息安全事故发生数")),
            Map.entry("生态效益指标", List.of("能源节约率", "垃圾减量率")),
            Map.entry("可持续影响指标", List.of("长效管理制度健全性", "系统持续运行时间", "人员队伍稳定性")),
            Map.entry("服务对象满意度指标", List.of("服务对象满意度", "话后满意度", "市民满意度", "参训人员满意度",
                    "企业满意度", "使用单位满意度")),
            Map.entry("资金投入管理", List.of("预算执行率", "专款专用率", "财务监控的有效性", "财务制度健全性")),
            Map.entry("项目实施管理", List.of("管理制度健全性", "项目按计划实施率", "档案资料完整性")),
            Map.entry("资产管理", List.of("资产管理规范性", "设备完好率")),
            Map.entry("数量目标", List.of("服务人次", "培训场次", "覆盖街镇数", "设备数量", "巡查次数", "检测批次",
                    "招聘人员完成率", "系统建设完成率")),
            Map.entry("质量目标", List.of("验收合格率", "系统可用率", "质量控制合格率", "服务人员培训率", "数据准确率")),
            Map.entry("时效目标", List.of("故障响应时间", "任务完成及时率", "资金拨付及时率")),
            Map.entry("成本目标", List.of("成本控制情况", "单位服务成本")),
            Map.entry("经济效益目标", List.of("节约财政资金", "带动社会投资")),
            Map.entry("社会效益目标", List.of("综合满意度", "投诉率", "政策知晓率", "服务覆盖率")),
            Map.entry("生态效益目标", List.of("能源节约率")),
            Map.entry("可持续目标", List.of("长效管理情况", "人力资源对项目可持续影响")),
            Map.entry("满意度目标", List.of("服务对象满意度", "市民满意度", "参训人员满意度")));

    /** Indicator groups (一级, 二级): always present, then optional with their chance in percent. */
    static final String[][] GROUPS_2024 = {{"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"},
            {"效益指标", "社会效益指标"}, {"满意度指标", "服务对象满意度指标"}};
    static final String[][] OPTIONAL_2024 = {{"成本指标", "经济成本指标", "50"}, {"效益指标", "可持续影响指标", "50"},
            {"效益指标", "经济效益指标", "25"}, {"效益指标", "生态效益指标", "10"}};
    static final List<String> LEVEL1_2024 = List.of("成本指标", "产出指标", "效益指标", "满意度指标");
    static final String[][] GROUPS_2019 = {{"投入和管理目标", "资金投入管理"}, {"投入和管理目标", "项目实施管理"},
            {"产出目标", "数量目标"}, {"产出目标", "质量目标"}, {"产出目标", "时效目标"}, {"效果目标", "社会效益目标"},
            {"影响力目标", "可持续目标"}, {"影响力目标", "满意度目标"}};
    static final String[][] OPTIONAL_2019 = {{"投入和管理目标", "资产管理", "30"}, {"产出目标", "成本目标", "50"},
            {"效果目标", "经济效益目标", "25"}, {"效果目标", "生态效益目标", "10"}};
    static final List<String> LEVEL1_2019 = List.of("投入和管理目标", "产出目标", "效果目标", "影响力目标");

    // ------------------------------------------------------------------ catalogue

    /** 款 of the catalogue: code, name; their 项 follow the usual pattern (行政运行, …, 其他…支出). */
    static final String[][] KUAN = {
            {"20101", "人大事务"}, {"20103", "政府办公厅（室）及相关机构事务"}, {"20105", "统计信息事务"},
            {"20106", "财政事务"}, {"20108", "审计事务"}, {"20110", "人力资源事务"}, {"20113", "商贸事务"},
            {"20123", "民族事务"}, {"20126", "档案事务"}, {"20136", "其他共产党事务支出"}, {"20402", "公安"},
            {"20406", "司法"}, {"20501", "教育管理事务"}, {"20502", "普通教育"}, {"20508", "进修及培训"},
            {"20601", "科学技术管理事务"}, {"20604", "技术研究与开发"}, {"20701", "文化和旅游"}, {"20702", "文物"},
            {"20703", "体育"}, {"20801", "人力资源和社会保障管理事务"}, {"20802", "民政管理事务"}, {"20808", "抚恤"},
            {"20899", "其他社会保障和就业支出"}, {"21001", "卫生健康管理事务"}, {"21004", "公共卫生"},
            {"21101", "环境保护管理事务"}, {"21103", "污染防治"}, {"21201", "城乡社区管理事务"},
            {"21203", "城乡社区公共设施"}, {"21205", "城乡社区环境卫生"}, {"21301", "农业农村"}, {"21303", "水利"},
            {"21401", "公路水路运输"}, {"21505", "工业和信息产业监管"}, {"21602", "商业流通事务"},
            {"22001", "自然资源事务"}, {"22005", "气象事务"}, {"22401", "应急管理事务"}};
    static final String[][] ITEMS = {{"01", "行政运行"}, {"02", "一般行政管理事务"}, {"03", "机关服务"}, {"50", "事业运行"}};
    /** 款 whose 项 are not the usual pattern, with their 项. */
    static final String[][] SPECIAL = {
            {"20805", null, "2080501", "行政单位离退休", "2080502", "事业单位离退休", "2080505", "机关事业单位基本养老保险缴费支出",
                    "2080506", "机关事业单位职业年金缴费支出"},
            {"20807", "就业补助", "2080799", "其他就业补助支出"},
            {"21011", "行政事业单位医疗", "2101101", "行政单位医疗", "2101102", "事业单位医疗"},
            {"22102", "住房改革支出", "2210201", "住房公积金", "2210203", "购房补贴"}};
    static final String[][] LEI = {{"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"},
            {"204", "公共安全支出"}, {"205", "教育支出"}, {"206", "科学技术支出"}, {"207", null}, {"208", "社会保障和就业支出"},
            {"209", "社会保险基金支出"}, {"210", null}, {"211", "节能环保支出"}, {"212", "城乡社区支出"},
            {"213", "农林水支出"}, {"214", "交通运输支出"}, {"215", "资源勘探工业信息等支出"}, {"216", "商业服务业等支出"},
            {"217", "金融支出"}, {"219", "援助其他地区支出"}, {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"},
            {"222", "粮油物资储备支出"}, {"224", "灾害防治及应急管理支出"}, {"227", "预备费"}, {"229", "其他支出"},
            {"230", "转移性支出"}, {"231", "债务还本支出"}, {"232", "债务付息支出"}, {"233", "债务发行费用支出"}};
    static final String[][] ECONOMIC = {{"301", "工资福利支出"}, {"30101", "基本工资"}, {"30102", "津贴补贴"},
            {"30103", "奖金"}, {"30107", "绩效工资"}, {"30108", "机关事业单位基本养老保险缴费"}, {"30109", "职业年金缴费"},
            {"30110", "职工基本医疗保险缴费"}, {"30111", "公务员医疗补助缴费"}, {"30112", "其他社会保障缴费"},
            {"30113", "住房公积金"}, {"30199", "其他工资福利支出"}, {"302", "商品和服务支出"}, {"30201", "办公费"},
            {"30202", "印刷费"}, {"30203", "咨询费"}, {"30204", "手续费"}, {"30205", "水费"}, {"30206", "电费"},
            {"30207", "邮电费"}, {"30209", "物业管理费"}, {"30211", "差旅费"}, {"30212", "因公出国（境）费用"},
            {"30213", "维修（护）费"}, {"30214", "租赁费"}, {"30215", "会议费"}, {"30216", "培训费"}, {"30217", "公务接待费"},
            {"30226", "劳务费"}, {"30227", "委托业务费"}, {"30228", "工会经费"}, {"30229", "福利费"},
            {"30231", "公务用车运行维护费"}, {"30239", "其他交通费用"}, {"30299", "其他商品和服务支出"},
            {"303", "对个人和家庭的补助"}, {"30301", "离休费"}, {"30302", "退休费"}, {"307", "债务利息及费用支出"},
            {"309", "资本性支出（基本建设）"}, {"310", "资本性支出"}, {"31002", "办公设备购置"}, {"31099", "其他资本性支出"},
            {"311", "对企业补助（基本建设）"}, {"312", "对企业补助"}, {"313", "对社会保障基金补助"}, {"399", "其他支出"}};

    /** The functional catalogue of one year, code → name, in code order. Some names change by year. */
    static TreeMap<String, String> functionalCatalogue(int year) {
        TreeMap<String, String> codes = new TreeMap<>();
        for (String[] lei : LEI) {
            String name = lei[1];
            if (lei[0].equals("207")) {
                name = year <= 2018 ? "文化体育与传媒支出" : "文化旅游体育与传媒支出";
            } else if (lei[0].equals("210")) {
                name = year <= 2018 ? "医疗卫生与计划生育支出" : "卫生健康支出";
            }
            codes.put(lei[0], name);
        }
        for (String[] kuan : KUAN) {
            codes.put(kuan[0], kuan[1]);
            for (String[] item : ITEMS) {
                codes.put(kuan[0] + item[0], item[1]);
            }
            codes.put(kuan[0] + "99", "其他" + kuan[1].replaceAll("^其他|支出$|事务$", "") + "支出");
        }
        for (String[] special : SPECIAL) {
            String name = special[1] != null ? special[1] : year <= 2020 ? "行政事业单位离退休" : "行政事业单位养老支出";
            codes.put(special[0], name);
            for (int i = 2; i < special.length; i += 2) {
                codes.put(special[i], special[i + 1]);
            }
        }
        return codes;
    }

    // ------------------------------------------------------------------ run

    record Unit(String id, String name, String kind, int projects) {
    }

    record Department(int index, String id, String name, String homeKuan, List<Unit> units) {
    }

    /** What one generated project carries into its department's budget and the Hugo mirror. */
    record ProjectSummary(String id, String unitId, String functionalCode, long cents) {
    }

    void run() throws IOException {
        List<Department> departments = new ArrayList<>();
        for (int d = 1; d <= size.departments(); d++) {
            departments.add(department(d));
        }
        write(content.resolve("site.yaml"), "title: 预算信息公开（基准测试）\n"
                + "description: 基准测试生成的内容：一个城市的部门预算与项目绩效目标，形状与官方公布的文件相同，数字为随机生成。\n");
        for (Department department : departments) {
            writeDepartment(department);
        }
        List<Integer> years = new ArrayList<>();
        for (int year = size.firstYear(); year <= size.lastYear(); year++) {
            years.add(year);
        }
        if (hugoContent != null) {
            HugoMirror.home(this, years);
        }
        for (int year : years) {
            TreeMap<String, String> catalogue = functionalCatalogue(year);
            writeCatalogue(year, catalogue);
            FunctionTotals functions = new FunctionTotals();
            // Departments are independent (each file depends only on its own seeded draws), so they
            // are written on all cores; their budgets are gathered in department order.
            List<Budget> budgets = departments.parallelStream().map(department -> {
                try {
                    return departmentYear(year, department, years, catalogue);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            for (int d = 0; d < departments.size(); d++) {
                functions.add(departments.get(d), budgets.get(d));
            }
            if (hugoContent != null) {
                HugoMirror.year(this, year, departments.size(), functions, catalogue);
            }
        }
        if (hugoContent != null) {
            HugoMirror.histories(this);
        }
    }

    Budget departmentYear(int year, Department department, List<Integer> years, TreeMap<String, String> catalogue)
            throws IOException {
        List<ProjectSummary> projects = new ArrayList<>();
        for (Unit unit : department.units()) {
            List<ProjectSummary> ofUnit = new ArrayList<>();
            for (int slot = 1; slot <= unit.projects(); slot++) {
                ofUnit.add(project(year, department, unit, slot, years));
            }
            projects.addAll(ofUnit);
            if (hugoContent != null) {
                HugoMirror.unit(this, year, department, unit, ofUnit);
            }
        }
        return budget(year, department, projects, catalogue);
    }

    Department department(int d) {
        SplittableRandom r = random(1, d);
        String domain = DOMAINS.get((d - 1) % DOMAINS.size());
        String name = d <= DOMAINS.size() ? "上海市" + domain + DEPARTMENT_KINDS.get(d % DEPARTMENT_KINDS.size())
                : DISTRICTS.get((d - 1 - DOMAINS.size()) % DISTRICTS.size()) + domain + "局";
        String id = "d%03d".formatted(d);
        // Shares of the department's projects by unit: every unit has some, a few have many.
        int[] counts = new int[UNITS];
        java.util.Arrays.fill(counts, 1);
        double[] weights = new double[UNITS];
        double sum = 0;
        for (int u = 0; u < UNITS; u++) {
            weights[u] = 0.2 + r.nextDouble() * r.nextDouble() * 3;
            sum += weights[u];
        }
        int left = PROJECTS_PER_DEPARTMENT - UNITS;
        int given = 0;
        for (int u = 0; u < UNITS; u++) {
            int share = (int) Math.floor(left * weights[u] / sum);
            counts[u] += share;
            given += share;
        }
        counts[r.nextInt(UNITS)] += left - given;
        List<Unit> units = new ArrayList<>();
        List<String> kinds = new ArrayList<>(UNIT_KINDS);
        for (int u = 0; u < UNITS; u++) {
            String unitId = id + "-u%02d".formatted(u + 1);
            String unitName;
            if (u == 0) {
                unitName = name + "本部";
            } else {
                String kind = kinds.remove(r.nextInt(kinds.size()));
                unitName = name + kind;
            }
            units.add(new Unit(unitId, unitName, u == 0 ? "行政" : u % 5 == 1 ? "参公" : "事业", counts[u]));
        }
        return new Department(d, id, name, KUAN[(d - 1) % KUAN.length][0], units);
    }

    void writeDepartment(Department department) throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("# ").append(department.name()).append(" — 部门及其预算单位（基准测试生成）。\n");
        y.append("id: ").append(department.id()).append('\n');
        y.append("name: ").append(q(department.name())).append('\n');
        y.append("units:\n");
        for (Unit unit : department.units()) {
            y.append("  - id: ").append(unit.id()).append('\n');
            y.append("    name: ").append(q(unit.name())).append('\n');
            y.append("    kind: ").append(unit.kind()).append('\n');
        }
        write(content.resolve("departments/" + department.id() + ".yaml"), y.toString());
    }

    void writeCatalogue(int year, TreeMap<String, String> functional) throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("# ").append(year).append(" 年政府收支分类科目（基准测试用摘录）。\n");
        y.append("year: ").append(year).append("\n\nfunctional:\n");
        functional.forEach((code, name) -> y.append("  \"").append(code).append("\": ").append(q(name)).append('\n'));
        y.append("\neconomic:\n");
        for (String[] e : ECONOMIC) {
            y.append("  \"").append(e[0]).append("\": ").append(q(e[1])).append('\n');
        }
        write(content.resolve("catalogues/" + year + ".yaml"), y.toString());
    }

    // ------------------------------------------------------------------ projects

    /** Functional 项 of a department's budget that carry project spending; projects are budgeted under them. */
    List<String> projectCodes(Department department) {
        String home = department.homeKuan();
        String other = KUAN[(department.index() * 7 + 3) % KUAN.length][0];
        return List.of(home + "02", home + "50", home + "99", other + "99", "2080799");
    }

    /** Whether a department files on the 2019 form in a year: all up to 2019, three in ten later. */
    static boolean form2019(int year, Department department) {
        return year <= 2019 || department.index() % 10 < 3;
    }

    ProjectSummary project(int year, Department department, Unit unit, int slot, List<Integer> years) throws IOException {
        SplittableRandom identity = random(2, department.index(), unit.id().hashCode(), slot);
        SplittableRandom r = random(3, year, department.index(), unit.id().hashCode(), slot);
        String object = pick(identity, OBJECTS);
        String activity = pick(identity, ACTIVITIES);
        String baseId = "p-" + unit.id() + "-%02d".formatted(slot);
        // Four in five projects of a slot keep their id from year to year; the others are new that year.
        boolean recurring = years.size() == 1 || r.nextInt(5) > 0;
        boolean oneOff = !recurring || r.nextInt(4) == 0;
        String id = recurring ? baseId : baseId + "-" + year;
        if (!recurring) {
            activity = pick(r, ACTIVITIES);
        }
        String name = (identity.nextInt(4) == 0 ? pick(identity, DISTRICTS) : "") + object + activity
                + pick(identity, SUFFIXES) + (recurring ? "" : "（" + year + "年）");
        List<String> codes = projectCodes(department);
        String functionalCode = codes.get(identity.nextInt(codes.size()));
        double scale = Math.exp(Math.log(2_000_000) + identity.nextGaussian() * 1.2) * (0.85 + r.nextDouble() * 0.35);
        long yuan = Math.max(20_000, Math.min(500_000_000L, (long) scale));
        boolean old = form2019(year, department);
        long cents = old ? yuan * 100 : yuan * 100 + r.nextInt(100);
        String prose = activity;
        StringBuilder y = new StringBuilder();
        y.append("# ").append(name).append("（").append(year).append("年，").append(unit.name()).append("）\n");
        y.append("id: ").append(id).append('\n');
        y.append("year: ").append(year).append('\n');
        y.append("form: \"").append(old ? "2019" : "2024").append("\"\n");
        y.append("name: ").append(q(name)).append('\n');
        y.append("department: ").append(department.id()).append('\n');
        y.append("unit: ").append(unit.id()).append('\n');
        List<String> natures = old ? List.of("经常性专项业务费", "其他经常性项目", "其他一次性项目", "市委市政府已确定的新增项目", "结转项目")
                : List.of("经常性专项业务费", "其他经常性项目", "其他一次性项目", "市委市政府已确定的新增项目", "结转项目");
        String nature = natures.get(oneOff ? 2 + r.nextInt(3) : r.nextInt(2));
        y.append("nature: ").append(nature).append('\n');
        if (old) {
            y.append("purpose: ").append(pick(r, List.of("基本建设工程类", "信息化建设类", "政策补贴类", "政府购买服务",
                    "资产购置类", "其他事业专业类"))).append('\n');
        } else {
            y.append("category: ").append(pick(r, List.of("特定目标类", "特定目标类", "其他运转类", "其他人员类"))).append('\n');
        }
        y.append("functional_code: \"").append(functionalCode).append("\"\n");
        boolean multiYear = oneOff && r.nextInt(3) == 0;
        y.append("period:\n");
        if (old) {
            y.append("  start: ").append(multiYear ? year - 1 + "-07" : year + "-01").append('\n');
            y.append("  end: ").append(year).append("-12\n");
            y.append("contact:\n");
            y.append("  manager: ").append(person(r)).append('\n');
            y.append("  person: ").append(person(r)).append('\n');
            y.append("  phone: \"6").append(1000000 + r.nextInt(8999999)).append("\"\n");
        } else {
            y.append("  start: ").append(multiYear ? year - 1 + "-07-01" : year + "-01-01").append('\n');
            y.append("  end: ").append(year).append("-12-31\n");
        }
        Map<String, Long> funding = new LinkedHashMap<>();
        List<long[]> subprojects = new ArrayList<>();
        List<String> subprojectNames = new ArrayList<>();
        y.append("funding:\n");
        if (old) {
            long total = multiYear ? cents * (2 + r.nextInt(3)) : cents;
            funding.put("project_total", total);
            funding.put("annual_total", cents);
            y.append("  project_total: ").append(money(total, true)).append('\n');
            y.append("  annual_total: ").append(money(cents, true)).append('\n');
            if (!oneOff) {
                long prior = cents / 100 * (80 + r.nextInt(40));
                long executed = prior / 100 * (85 + r.nextInt(16));
                funding.put("prior_year_budget", prior);
                funding.put("prior_year_execution", executed);
                y.append("  prior_year_budget: ").append(money(prior, true)).append('\n');
                y.append("  prior_year_execution: ").append(money(executed, true)).append('\n');
            }
            int parts = 2 + r.nextInt(5);
            List<String> names = new ArrayList<>(SUB_PARTS);
            long left = cents / 100;
            y.append("subprojects:\n");
            for (int i = 0; i < parts; i++) {
                long amount = i == parts - 1 ? left : left * (20 + r.nextInt(40)) / 100;
                left -= amount;
                String subName = object + names.remove(r.nextInt(names.size()));
                subprojectNames.add(subName);
                subprojects.add(new long[] {amount * 100});
                y.append("  - name: ").append(q(subName)).append('\n');
                y.append("    amount: ").append(money(amount * 100, true)).append('\n');
            }
            y.append("overview: |\n").append(block(prose(r, object, prose, 2 + r.nextInt(3))));
            y.append("basis: |\n").append(block(prose(r, object, prose, 1 + r.nextInt(2))));
            y.append("necessity: ").append(q(prose(r, object, prose, 1))).append('\n');
            y.append("safeguards: ").append(q(prose(r, object, prose, 1))).append('\n');
            y.append("plan: |\n").append(block(prose(r, object, prose, 1 + r.nextInt(3))));
        } else {
            long carried = r.nextInt(100) < 15 ? cents / 100 * (10 + r.nextInt(20)) : 0;
            long other = r.nextInt(100) < 5 ? cents / 100 * (5 + r.nextInt(10)) : 0;
            long appropriation = cents - carried - other;
            if (multiYear) {
                long total = cents * (2 + r.nextInt(3));
                funding.put("project_total", total);
                funding.put("project_fiscal", total - other);
                funding.put("project_other", other);
                y.append("  project_total: ").append(money(total, false)).append('\n');
                y.append("  project_fiscal: ").append(money(total - other, false)).append('\n');
                y.append("  project_other: ").append(money(other, false)).append('\n');
            }
            funding.put("annual_total", cents);
            funding.put("appropriation", appropriation);
            funding.put("carried_over", carried);
            funding.put("other", other);
            y.append("  annual_total: ").append(money(cents, false)).append('\n');
            y.append("  appropriation: ").append(money(appropriation, false)).append('\n');
            y.append("  carried_over: ").append(money(carried, false)).append('\n');
            y.append("  other: ").append(money(other, false)).append('\n');
        }
        String overall = prose(r, object, prose, 1 + r.nextInt(2));
        String annual = prose(r, object, prose, 2 + r.nextInt(3));
        y.append("goals:\n");
        if (old || r.nextBoolean()) {
            y.append("  overall: |\n").append(LINE_START.matcher(block(overall)).replaceAll("  "));
        } else {
            overall = null;
        }
        y.append("  annual: |\n").append(LINE_START.matcher(block(annual)).replaceAll("  "));
        List<Level1> indicators = indicators(r, old, object);
        y.append("indicators:\n");
        for (Level1 level1 : indicators) {
            if (level1.groups() == null) {
                y.append("  - level1: ").append(level1.name()).append("\n    items:\n");
                for (String[] item : level1.items()) {
                    y.append("      - name: ").append(q(item[0])).append("\n        target: ").append(q(item[1])).append('\n');
                }
                continue;
            }
            y.append("  - level1: ").append(level1.name()).append("\n    groups:\n");
            for (Level2 group : level1.groups()) {
                y.append("      - level2: ").append(group.name()).append("\n        items:\n");
                for (String[] item : group.items()) {
                    y.append("          - name: ").append(q(item[0])).append("\n            target: ").append(q(item[1]))
                            .append('\n');
                }
            }
        }
        String source = old ? "上海市财政支出项目绩效目标申报表（" + year + "年），" + unit.name()
                : unit.name() + year + "年度项目绩效目标汇总表";
        y.append("source:\n  title: ").append(q(source)).append('\n');
        write(content.resolve("projects/" + year + "/" + id + ".yaml"), y.toString());
        projectCount.incrementAndGet();
        ProjectSummary summary = new ProjectSummary(id, unit.id(), functionalCode, cents);
        if (hugoContent != null) {
            HugoMirror.project(this, year, department, unit, summary, name, old, nature, funding, subprojectNames,
                    subprojects, overall, annual, indicators, source, recurring ? years : List.of(year));
        }
        return summary;
    }

    private static final Pattern LINE_START = Pattern.compile("(?m)^");

    record Level2(String name, List<String[]> items) {
    }

    /** A 一级指标 with either 二级 groups (three levels) or items directly (two levels). */
    record Level1(String name, List<Level2> groups, List<String[]> items) {
    }

    /** 15–20 indicators in the form's levels; a tenth of 2019 tables have two levels only. */
    List<Level1> indicators(SplittableRandom r, boolean old, String object) {
        List<String[]> groups = new ArrayList<>(List.of(old ? GROUPS_2019 : GROUPS_2024));
        for (String[] optional : old ? OPTIONAL_2019 : OPTIONAL_2024) {
            if (r.nextInt(100) < Integer.parseInt(optional[2])) {
                groups.add(optional);
            }
        }
        int total = 15 + r.nextInt(6);
        int[] counts = new int[groups.size()];
        java.util.Arrays.fill(counts, 1);
        for (int i = groups.size(); i < total; i++) {
            // Output and effect groups get most of the indicators, as on the real forms.
            int g = r.nextInt(groups.size() + 3);
            counts[g < groups.size() ? g : old ? 2 + (g - groups.size()) % 2 : (g - groups.size()) % 2] += 1;
        }
        Map<String, Map<String, List<String[]>>> tree = new LinkedHashMap<>();
        for (String level1 : old ? LEVEL1_2019 : LEVEL1_2024) {
            tree.put(level1, new LinkedHashMap<>());
        }
        for (int g = 0; g < groups.size(); g++) {
            String[] group = groups.get(g);
            List<String[]> items = tree.get(group[0]).computeIfAbsent(group[1], k -> new ArrayList<>());
            List<String> names = INDICATOR_NAMES.get(group[1]);
            for (int i = 0; i < counts[g]; i++) {
                String name = names.get(i % names.size()) + (i >= names.size() ? "（" + (i / names.size() + 1) + "）" : "");
                if (r.nextInt(4) == 0) {
                    name = object + name;
                }
                items.add(new String[] {name, target(r, group[1])});
            }
        }
        // Sort groups as the forms list them (the tree's insertion order follows the optional draws).
        List<Level1> result = new ArrayList<>();
        Map<String, List<String>> order = old ? LEVEL2_ORDER_2019 : LEVEL2_ORDER_2024;
        boolean twoLevels = old && r.nextInt(10) == 0;
        tree.forEach((level1, byLevel2) -> {
            if (byLevel2.isEmpty()) {
                return;
            }
            List<Level2> level2s = new ArrayList<>();
            for (String level2 : order.get(level1)) {
                if (byLevel2.containsKey(level2)) {
                    level2s.add(new Level2(level2, byLevel2.get(level2)));
                }
            }
            if (twoLevels) {
                List<String[]> items = new ArrayList<>();
                level2s.forEach(l -> items.addAll(l.items()));
                result.add(new Level1(level1, null, items));
            } else {
                result.add(new Level1(level1, level2s, null));
            }
        });
        return result;
    }

    static final Map<String, List<String>> LEVEL2_ORDER_2024 = Map.of("成本指标", List.of("经济成本指标", "社会成本指标",
            "生态环境成本指标"), "产出指标", List.of("数量指标", "质量指标", "时效指标"), "效益指标", List.of("经济效益指标",
            "社会效益指标", "生态效益指标", "可持续影响指标"), "满意度指标", List.of("服务对象满意度指标"));
    static final Map<String, List<String>> LEVEL2_ORDER_2019 = Map.of("投入和管理目标", List.of("资金投入管理", "项目实施管理",
            "资产管理"), "产出目标", List.of("数量目标", "质量目标", "时效目标", "成本目标"), "效果目标", List.of("经济效益目标",
            "社会效益目标", "生态效益目标"), "影响力目标", List.of("可持续目标", "满意度目标"));

    /** A target as the forms print them: mostly comparator + number + unit, some qualitative. */
    static String target(SplittableRandom r, String level2) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return pick(r, QUALITATIVE);
        }
        if (level2.contains("满意度") || level2.contains("质量")) {
            return kind < 6 ? "≥" + (85 + r.nextInt(15)) + "(%)" : "≥" + (90 + r.nextInt(10)) + ".00%";
        }
        if (level2.endsWith("管理")) {
            return kind < 6 ? "≥" + (90 + r.nextInt(10)) + ".00%" : kind < 8 ? "=100%" : pick(r, QUALITATIVE);
        }
        if (level2.contains("时效")) {
            return kind < 5 ? "≤" + (1 + r.nextInt(48)) + "(小时)" : "<" + (1 + r.nextInt(30)) + ".00(工作日)";
        }
        if (level2.contains("成本")) {
            return "≤" + (10 + r.nextInt(5000)) + "." + r.nextInt(10) + "0(万元)";
        }
        if (level2.contains("效益") || level2.contains("效果")) {
            return kind < 5 ? "≤" + r.nextInt(5) + "." + r.nextInt(10) + r.nextInt(10) + "(%)" : "≥" + (60 + r.nextInt(40)) + "(%)";
        }
        return kind < 4 ? "=" + (1 + r.nextInt(500)) + ".00(" + pick(r, UNITS_OF_MEASURE) + ")"
                : "≥" + (1 + r.nextInt(50000)) + "(" + pick(r, UNITS_OF_MEASURE) + ")";
    }

    // ------------------------------------------------------------------ budgets

    /** One functional row, in whole 元 (as the published tables). */
    static final class Row {
        final String code;
        long general;
        long fund;
        long business;
        long basic;
        long project;
        long generalBasic = -1;
        long generalProject = -1;

        Row(String code) {
            this.code = code;
        }

        long income() {
            return general + fund + business;
        }

        /** 一般公共预算基本支出 of this row. */
        long generalBasic() {
            return generalBasic >= 0 ? generalBasic : general > 0 ? basic : 0;
        }
    }

    record Budget(List<Row> rows, Map<String, long[]> economic, long[] threePublic, long[] procurement) {
    }

    Budget budget(int year, Department department, List<ProjectSummary> projects, TreeMap<String, String> catalogue)
            throws IOException {
        SplittableRandom r = random(4, year, department.index());
        String home = department.homeKuan();
        List<Row> rows = new ArrayList<>();
        long scale = 20_000_000L + r.nextInt(200) * 1_000_000L;
        Row admin = row(rows, home + "01");
        admin.general = admin.basic = scale / 100 * (60 + r.nextInt(40));
        Map<String, Long> projectSums = new TreeMap<>();
        for (ProjectSummary p : projects) {
            projectSums.merge(p.functionalCode(), p.cents() / 100, Long::sum);
        }
        // Project rows: at least what the department's projects on that code ask for.
        for (String code : projectCodes(department)) {
            long project = projectSums.getOrDefault(code, 0L) + scale / 100 * r.nextInt(30);
            if (project == 0) {
                continue;
            }
            Row row = row(rows, code);
            if (code.endsWith("50")) {
                // 事业运行: basic and project spending, paid from the general budget and 事业收入.
                row.basic = scale / 100 * (40 + r.nextInt(60));
                row.project = project;
                row.generalBasic = row.basic / 100 * (60 + r.nextInt(30));
                row.generalProject = row.project / 100 * (50 + r.nextInt(40));
                row.general = row.generalBasic + row.generalProject;
                row.business = row.basic + row.project - row.general;
            } else if (code.endsWith("99") && department.index() % 4 == 0 && !code.startsWith(home)) {
                row.fund = row.project = project;
            } else {
                row.general = row.project = project;
            }
        }
        String[] pensions = {"2080501", "2080505", "2080506", "2101101", "2101102", "2210201", "2210203"};
        for (String code : pensions) {
            Row row = row(rows, code);
            row.general = row.basic = scale / 1000 * (20 + r.nextInt(80));
            if (code.equals("2080501") && r.nextBoolean()) {
                row.project = scale / 10000 * (10 + r.nextInt(90));
                row.general += row.project;
            }
        }
        rows.sort(java.util.Comparator.comparing(row -> row.code));
        long generalBasic = rows.stream().mapToLong(Row::generalBasic).sum();
        // Economic rows: the same general-budget basic spending, by economic 款.
        Map<String, long[]> economic = new TreeMap<>();
        List<String> codes = new ArrayList<>();
        for (String[] e : ECONOMIC) {
            if (e[0].length() == 5 && (e[0].startsWith("301") || r.nextInt(3) > 0)) {
                codes.add(e[0]);
            }
        }
        long[] weights = new long[codes.size()];
        long weightSum = 0;
        for (int i = 0; i < codes.size(); i++) {
            weights[i] = codes.get(i).startsWith("301") ? 60 + r.nextInt(200) : 1 + r.nextInt(30);
            weightSum += weights[i];
        }
        long given = 0;
        for (int i = 0; i < codes.size(); i++) {
            long amount = i == codes.size() - 1 ? generalBasic - given : generalBasic * weights[i] / weightSum;
            given += amount;
            String code = codes.get(i);
            boolean personnel = code.startsWith("301") || code.startsWith("303");
            economic.put(code, personnel ? new long[] {amount, 0} : new long[] {0, amount});
        }
        // 三公 and procurement in 万元 with two decimals, kept as hundredths.
        long[] three = {r.nextInt(50000), r.nextInt(30000), r.nextInt(4) == 0 ? r.nextInt(20000) : 0, r.nextInt(40000),
                100000 + r.nextInt(2000000)};
        long[] procurement = {r.nextInt(300000), r.nextInt(100000), r.nextInt(3000000), 0, 0};
        long procurementTotal = procurement[0] + procurement[1] + procurement[2];
        procurement[3] = procurementTotal / 100 * (30 + r.nextInt(30));
        procurement[4] = procurement[3] / 100 * (30 + r.nextInt(50));
        writeBudget(year, department, rows, economic, three, procurement, projects, catalogue, r);
        budgetCount.incrementAndGet();
        return new Budget(rows, economic, three, procurement);
    }

    static Row row(List<Row> rows, String code) {
        Row row = new Row(code);
        rows.add(row);
        return row;
    }

    void writeBudget(int year, Department department, List<Row> rows, Map<String, long[]> economic, long[] three,
            long[] procurement, List<ProjectSummary> projects, TreeMap<String, String> catalogue, SplittableRandom r)
            throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("# ").append(department.name()).append(' ').append(year).append(" 年部门预算（基准测试生成）。\n");
        y.append("department: ").append(department.id()).append('\n');
        y.append("year: ").append(year).append('\n');
        y.append("title: ").append(q("上海市" + year + "年市级部门预算（" + department.name() + "）")).append('\n');
        long total = rows.stream().mapToLong(Row::income).sum();
        long basic = rows.stream().mapToLong(row -> row.basic).sum();
        y.append("sections:\n  functions: |\n    主要职能包括：\n\n");
        for (int i = 1; i <= 5; i++) {
            y.append("    - （").append(i).append("）").append(prose(r, pick(r, OBJECTS), pick(r, ACTIVITIES), 1)).append('\n');
        }
        y.append("  organisation: |\n    ").append(department.name()).append("部门预算包括本部及下属 ")
                .append(department.units().size() - 1).append(" 家预算单位，具体包括：\n\n");
        for (int i = 0; i < department.units().size(); i++) {
            y.append("    - ").append(i + 1).append("、").append(department.units().get(i).name()).append('\n');
        }
        y.append("  explanation: |\n    ").append(year).append("年，").append(department.name()).append("预算支出总额为 ")
                .append(money(total * 100, true)).append(" 元，其中基本支出 ").append(money(basic * 100, true))
                .append(" 元，项目支出 ").append(money((total - basic) * 100, true)).append(" 元。\n");
        y.append("functional:\n");
        for (Row row : rows) {
            y.append("  - code: \"").append(row.code).append("\"\n");
            y.append("    name: ").append(q(catalogue.get(row.code))).append('\n');
            amount(y, "    general_budget", row.general);
            amount(y, "    government_fund", row.fund);
            amount(y, "    business_income", row.business);
            amount(y, "    basic", row.basic);
            amount(y, "    project", row.project);
            if (row.generalBasic >= 0) {
                y.append("    general_budget_spending:\n");
                y.append("      basic: ").append(money(row.generalBasic * 100, true)).append('\n');
                y.append("      project: ").append(money(row.generalProject * 100, true)).append('\n');
            }
        }
        y.append("economic:\n");
        Map<String, String> economicNames = new LinkedHashMap<>();
        for (String[] e : ECONOMIC) {
            economicNames.put(e[0], e[1]);
        }
        economic.forEach((code, amounts) -> {
            y.append("  - code: \"").append(code).append("\"\n    name: ").append(q(economicNames.get(code))).append('\n');
            amount(y, "    personnel", amounts[0]);
            amount(y, "    office", amounts[1]);
        });
        y.append("three_public:\n");
        y.append("  overseas: ").append(wan(three[0])).append('\n');
        y.append("  reception: ").append(wan(three[1])).append('\n');
        y.append("  vehicle_purchase: ").append(wan(three[2])).append('\n');
        y.append("  vehicle_operation: ").append(wan(three[3])).append('\n');
        y.append("  vehicles_subtotal: ").append(wan(three[2] + three[3])).append('\n');
        y.append("  total: ").append(wan(three[0] + three[1] + three[2] + three[3])).append('\n');
        y.append("  operating_costs: ").append(wan(three[4])).append('\n');
        y.append("procurement:\n");
        y.append("  total: ").append(wan(procurement[0] + procurement[1] + procurement[2])).append('\n');
        y.append("  goods: ").append(wan(procurement[0])).append('\n');
        y.append("  works: ").append(wan(procurement[1])).append('\n');
        y.append("  services: ").append(wan(procurement[2])).append('\n');
        y.append("  sme_reserved: ").append(wan(procurement[3])).append('\n');
        y.append("  small_micro_reserved: ").append(wan(procurement[4])).append('\n');
        long projectCents = projects.stream().mapToLong(ProjectSummary::cents).sum();
        y.append("performance:\n  units: ").append(department.units().size()).append("\n  projects: ")
                .append(projects.size()).append("\n  funds: ").append(wan((projectCents + 50) / 100 / 100)).append('\n');
        ProjectSummary key = projects.get(0);
        y.append("key_projects:\n  - project: ").append(key.id()).append('\n');
        y.append("    title: ").append(q("重点项目说明（" + key.id() + "）")).append('\n');
        y.append("    text: |\n      **一、项目概述**\n\n      ").append(prose(r, pick(r, OBJECTS), pick(r, ACTIVITIES), 3))
                .append("\n\n      **二、年度预算安排**\n\n      ").append(year).append("年该项目预算 ")
                .append(money(key.cents(), true)).append(" 元。\n");
        y.append("    indicators:\n      - level1: 产出目标\n        groups:\n          - level2: 数量目标\n            items:\n");
        y.append("              - name: 专款专用率\n                target: \"=100%\"\n");
        y.append("              - name: 预算执行率\n                target: \"≥95.00%\"\n");
        // Published totals as printed: 收入/支出总计 and the 支出预算总表's 类 subtotals and 合计.
        TreeMap<String, long[]> byLei = new TreeMap<>();
        for (Row row : rows) {
            long[] sums = byLei.computeIfAbsent(row.code.substring(0, 3), k -> new long[3]);
            sums[0] += row.income();
            sums[1] += row.basic;
            sums[2] += row.project;
        }
        y.append("published_totals:\n  income_total: ").append(money(total * 100, true)).append('\n');
        y.append("  expenditure_total: ").append(money(total * 100, true)).append('\n');
        y.append("  functional:\n    total:\n      total: ").append(money(total * 100, true)).append('\n');
        y.append("      basic: ").append(money(basic * 100, true)).append('\n');
        y.append("      project: ").append(money((total - basic) * 100, true)).append('\n');
        byLei.forEach((lei, sums) -> {
            y.append("    \"").append(lei).append("\":\n      total: ").append(money(sums[0] * 100, true)).append('\n');
            amount(y, "      basic", sums[1]);
            amount(y, "      project", sums[2]);
        });
        y.append("source:\n  title: ").append(q("上海市" + year + "年市级部门预算（预算主管部门：" + department.name() + "）"))
                .append('\n');
        write(content.resolve("budgets/" + year + "/" + department.id() + ".yaml"), y.toString());
        if (hugoContent != null) {
            HugoMirror.department(this, year, department, rows, economic, economicNames, three, procurement, projects,
                    catalogue, total, basic);
        }
    }

    static void amount(StringBuilder y, String key, long yuan) {
        if (yuan != 0) {
            y.append(key).append(": ").append(money(yuan * 100, true)).append('\n');
        }
    }

    /** Spending by functional code over the year's departments, for the mirrored code pages. */
    static final class FunctionTotals {
        /** code → department id → {total, basic, project} in 元. */
        final TreeMap<String, TreeMap<String, long[]>> byCode = new TreeMap<>();
        final Map<String, String> departmentNames = new TreeMap<>();

        void add(Department department, Budget budget) {
            departmentNames.put(department.id(), department.name());
            for (Row row : budget.rows()) {
                for (String code : List.of(row.code.substring(0, 3), row.code.substring(0, 5), row.code)) {
                    long[] sums = byCode.computeIfAbsent(code, k -> new TreeMap<>())
                            .computeIfAbsent(department.id(), k -> new long[3]);
                    sums[0] += row.basic + row.project;
                    sums[1] += row.basic;
                    sums[2] += row.project;
                }
            }
        }
    }

    // ------------------------------------------------------------------ text helpers

    static String prose(SplittableRandom r, String object, String activity, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(pick(r, SENTENCES).replace("{o}", object).replace("{a}", activity)
                    .replace("{n}", Integer.toString(2 + r.nextInt(300))).replace("{p}", Integer.toString(85 + r.nextInt(15)))
                    .replace("{s}", Integer.toString(1 + r.nextInt(9))));
        }
        return text.toString();
    }

    static String person(SplittableRandom r) {
        return pick(r, SURNAMES) + pick(r, GIVEN);
    }

    /** A YAML block scalar's lines, indented by two. */
    static String block(String text) {
        return "  " + text + "\n";
    }

    /** A double-quoted YAML (and JSON) string; generated text has no quotes or backslashes. */
    static String q(String text) {
        if (text.indexOf('"') >= 0 || text.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("generated text with a quote: " + text);
        }
        return "\"" + text + "\"";
    }

    /** Money from cents: "1,234,567.89" (with separators, whole 元 without decimals) or "1234567.89". */
    static String money(long cents, boolean separators) {
        String whole = Long.toString(cents / 100);
        if (separators) {
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (whole.length() - i) % 3 == 0) {
                    grouped.append(',');
                }
                grouped.append(whole.charAt(i));
            }
            whole = grouped.toString();
            return cents % 100 == 0 ? whole : whole + "." + "%02d".formatted(cents % 100);
        }
        return whole + "." + "%02d".formatted(cents % 100);
    }

    /** 万元 with two decimals, from hundredths of 万元. */
    static String wan(long hundredths) {
        return hundredths / 100 + "." + "%02d".formatted(hundredths % 100);
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    void write(Path file, String text) throws IOException {
        Path parent = file.getParent();
        if (!directories.contains(parent)) {
            Files.createDirectories(parent);
            directories.add(parent);
        }
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        fileCount.incrementAndGet();
    }

    Path hugo(String path) {
        return hugoContent.resolve(path);
    }

    // ------------------------------------------------------------------ Hugo mirror

    /**
     * The same pages as Hugo content: a section tree year → department → unit → project (so Hugo
     * lists a unit's and a department's projects by its own tree), function pages per year, and the
     * fixed pages. Front matter is JSON; every page sets its URL to the same path as ours. Roll-ups
     * (类 and 款 subtotals, who spends on a code) are precomputed here: Hugo only lays them out.
     */
    static final class HugoMirror {

        static String j(String text) {
            StringBuilder s = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> s.append("\\\"");
                    case '\\' -> s.append("\\\\");
                    case '\n' -> s.append("\\n");
                    default -> s.append(c);
                }
            }
            return s.append('"').toString();
        }

        static void home(GenerateContent g, List<Integer> years) throws IOException {
            String yearList = years.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
            g.write(g.hugo("_index.md"), "{\"title\": \"预算信息公开（基准测试）\", \"years\": [" + yearList + "],"
                    + " \"description\": \"基准测试生成的内容：一个城市的部门预算与项目绩效目标。\"}\n");
            g.write(g.hugo("search.md"), "{\"title\": \"搜索\", \"type\": \"search\", \"url\": \"/search.html\"}\n");
            g.write(g.hugo("data.md"), "{\"title\": \"开放数据\", \"type\": \"data\", \"url\": \"/data/index.html\"}\n");
        }

        static void project(GenerateContent g, int year, Department department, Unit unit, ProjectSummary p, String name,
                boolean old, String nature, Map<String, Long> funding, List<String> subprojectNames,
                List<long[]> subprojects, String overall, String annual, List<Level1> indicators, String source,
                List<Integer> years) throws IOException {
            StringBuilder s = new StringBuilder("{");
            s.append("\"title\": ").append(j(name)).append(", \"type\": \"project\", \"url\": \"/").append(year)
                    .append("/projects/").append(p.id()).append(".html\",\n");
            s.append("\"pid\": \"").append(p.id()).append("\", \"year\": ").append(year).append(", \"form\": \"")
                    .append(old ? "2019" : "2024").append("\", \"nature\": ").append(j(nature))
                    .append(", \"department\": ").append(j(department.id())).append(", \"department_name\": ")
                    .append(j(department.name())).append(", \"unit\": ").append(j(unit.id())).append(", \"unit_name\": ")
                    .append(j(unit.name())).append(",\n");
            s.append("\"fn\": \"").append(p.functionalCode()).append("\", \"fn5\": \"")
                    .append(p.functionalCode(), 0, 5).append("\", \"fn3\": \"").append(p.functionalCode(), 0, 3)
                    .append("\", \"cents\": ").append(p.cents()).append(",\n\"funding\": [");
            boolean first = true;
            for (Map.Entry<String, Long> f : funding.entrySet()) {
                s.append(first ? "" : ", ").append("{\"key\": \"").append(f.getKey()).append("\", \"cents\": ")
                        .append(f.getValue()).append('}');
                first = false;
            }
            s.append("],\n\"subprojects\": [");
            for (int i = 0; i < subprojects.size(); i++) {
                s.append(i == 0 ? "" : ", ").append("{\"name\": ").append(j(subprojectNames.get(i)))
                        .append(", \"cents\": ").append(subprojects.get(i)[0]).append('}');
            }
            s.append("],\n");
            if (overall != null) {
                s.append("\"overall\": ").append(j(overall)).append(",\n");
            }
            s.append("\"annual\": ").append(j(annual)).append(",\n\"indicators\": [");
            for (int a = 0; a < indicators.size(); a++) {
                Level1 level1 = indicators.get(a);
                s.append(a == 0 ? "" : ",\n").append("{\"level1\": ").append(j(level1.name())).append(", \"groups\": [");
                List<Level2> groups = level1.groups() != null ? level1.groups() : List.of(new Level2("", level1.items()));
                for (int b = 0; b < groups.size(); b++) {
                    s.append(b == 0 ? "" : ", ").append("{\"level2\": ").append(j(groups.get(b).name()))
                            .append(", \"items\": [");
                    List<String[]> items = groups.get(b).items();
                    for (int c = 0; c < items.size(); c++) {
                        s.append(c == 0 ? "" : ", ").append("{\"name\": ").append(j(items.get(c)[0]))
                                .append(", \"target\": ").append(j(items.get(c)[1])).append('}');
                    }
                    s.append("]}");
                }
                s.append("]}");
            }
            s.append("],\n\"years\": ").append(years).append(", \"source\": ").append(j(source)).append("}\n");
            g.write(g.hugo(year + "/" + department.id() + "/" + unit.id() + "/" + p.id() + ".md"), s.toString());
            if (years.size() > 1) {
                g.histories.computeIfAbsent(p.id(), id -> new ConcurrentSkipListMap<>())
                        .put(year, new ProjectYear(year, name, funding, indicators));
            }
        }

        /** One year of a project, as its history needs it. */
        record ProjectYear(int year, String name, Map<String, Long> funding, List<Level1> indicators) {

            /** Each indicator's target and its 一级／二级指标, by 三级指标 name, in the form's order. */
            Map<String, String[]> targets() {
                Map<String, String[]> targets = new LinkedHashMap<>();
                for (Level1 level1 : indicators) {
                    List<Level2> groups = level1.groups() != null ? level1.groups() : List.of(new Level2("", level1.items()));
                    for (Level2 group : groups) {
                        String where = group.name().isEmpty() ? level1.name() : level1.name() + "／" + group.name();
                        for (String[] item : group.items()) {
                            targets.putIfAbsent(item[0], new String[] {item[1], where});
                        }
                    }
                }
                return targets;
            }
        }

        /** Funding lines of the history table, in this order, where any year has them. */
        static final List<String> HISTORY_FUNDING = List.of("annual_total", "appropriation", "carried_over", "other",
                "project_total", "project_fiscal", "project_other");

        /**
         * A data file per project published in several years ({@code data/history/<id>.json}): its
         * years, what changed from each year to the next, the funding and the indicators of every
         * year side by side (matched by name, targets compared as text) with each change in words —
         * computed here, as the budget roll-ups are, so that Hugo's templates only lay it out.
         */
        static void histories(GenerateContent g) throws IOException {
            Path data = g.hugoContent.resolveSibling("data").resolve("history");
            for (Map.Entry<String, Map<Integer, ProjectYear>> entry : new TreeMap<>(g.histories).entrySet()) {
                List<ProjectYear> years = new ArrayList<>(entry.getValue().values());
                if (years.size() < 2) {
                    continue;
                }
                List<Map<String, String[]>> targets = years.stream().map(ProjectYear::targets).toList();
                StringBuilder s = new StringBuilder("{\"years\": [");
                for (int i = 0; i < years.size(); i++) {
                    ProjectYear y = years.get(i);
                    s.append(i == 0 ? "" : ", ").append("{\"year\": ").append(y.year()).append(", \"title\": ")
                            .append(j(y.name())).append(", \"url\": \"/").append(y.year()).append("/projects/")
                            .append(entry.getKey()).append(".html\"}");
                }
                s.append("],\n\"summaries\": [");
                for (int i = 1; i < years.size(); i++) {
                    int adjusted = 0, same = 0, dropped = 0, added = 0;
                    for (Map.Entry<String, String[]> t : targets.get(i - 1).entrySet()) {
                        String[] now = targets.get(i).get(t.getKey());
                        if (now == null) {
                            dropped++;
                        } else if (now[0].equals(t.getValue()[0])) {
                            same++;
                        } else {
                            adjusted++;
                        }
                    }
                    for (String name : targets.get(i).keySet()) {
                        if (!targets.get(i - 1).containsKey(name)) {
                            added++;
                        }
                    }
                    s.append(i == 1 ? "" : ", ").append(j(years.get(i - 1).year() + " 年 → " + years.get(i).year()
                            + " 年：绩效指标调整 " + adjusted + " 项、未变 " + same + " 项、取消 " + dropped + " 项、新增 "
                            + added + " 项（按三级指标名称对应）。"));
                }
                s.append("],\n\"funding\": [");
                boolean firstLine = true;
                for (String key : HISTORY_FUNDING) {
                    if (years.stream().noneMatch(y -> y.funding().containsKey(key))) {
                        continue;
                    }
                    s.append(firstLine ? "" : ", ").append("{\"key\": \"").append(key).append("\", \"cents\": [");
                    for (int i = 0; i < years.size(); i++) {
                        Long cents = years.get(i).funding().get(key);
                        s.append(i == 0 ? "" : ", ").append(cents == null ? "null" : cents.toString());
                    }
                    s.append("]}");
                    firstLine = false;
                }
                s.append("],\n\"indicators\": [");
                Set<String> names = new java.util.LinkedHashSet<>();
                targets.forEach(t -> names.addAll(t.keySet()));
                boolean firstName = true;
                for (String name : names) {
                    s.append(firstName ? "" : ",\n").append("{\"name\": ").append(j(name)).append(", \"cells\": [");
                    List<String> changes = new ArrayList<>();
                    for (int i = 0; i < years.size(); i++) {
                        String[] t = targets.get(i).get(name);
                        s.append(i == 0 ? "" : ", ").append(t == null ? "null"
                                : "{\"target\": " + j(t[0]) + ", \"where\": " + j(t[1]) + "}");
                        if (i > 0) {
                            String[] before = targets.get(i - 1).get(name);
                            int year = years.get(i).year();
                            if (before != null && t != null) {
                                changes.add(before[0].equals(t[0]) ? year + " 年未变"
                                        : year + " 年调整：" + before[0] + " → " + t[0]);
                            } else if (before != null) {
                                changes.add(year + " 年取消");
                            } else if (t != null) {
                                changes.add(year + " 年新增");
                            }
                        }
                    }
                    s.append("], \"changes\": ").append(j(String.join("；", changes))).append('}');
                    firstName = false;
                }
                s.append("]}\n");
                g.write(data.resolve(entry.getKey() + ".json"), s.toString());
            }
        }

        static void unit(GenerateContent g, int year, Department department, Unit unit, List<ProjectSummary> projects)
                throws IOException {
            g.write(g.hugo(year + "/" + department.id() + "/" + unit.id() + "/_index.md"), "{\"title\": " + j(unit.name())
                    + ", \"type\": \"unit\", \"url\": \"/" + year + "/units/" + unit.id() + ".html\", \"kind_name\": "
                    + j(unit.kind()) + ", \"department_name\": " + j(department.name()) + ", \"year\": " + year + "}\n");
        }

        static void department(GenerateContent g, int year, Department department, List<Row> rows,
                Map<String, long[]> economic, Map<String, String> economicNames, long[] three, long[] procurement,
                List<ProjectSummary> projects, TreeMap<String, String> catalogue, long total, long basic)
                throws IOException {
            StringBuilder s = new StringBuilder("{");
            s.append("\"title\": ").append(j(department.name())).append(", \"type\": \"department\", \"url\": \"/")
                    .append(year).append("/departments/").append(department.id()).append(".html\", \"year\": ")
                    .append(year).append(",\n\"total\": ").append(total).append(", \"basic\": ").append(basic)
                    .append(",\n\"functional\": [");
            // 支出预算总表 rows as printed: 类 and 款 subtotals before their 项.
            TreeMap<String, long[]> table = new TreeMap<>();
            for (Row row : rows) {
                for (String code : List.of(row.code.substring(0, 3), row.code.substring(0, 5), row.code)) {
                    long[] sums = table.computeIfAbsent(code, k -> new long[8]);
                    sums[0] += row.income();
                    sums[1] += row.basic;
                    sums[2] += row.project;
                    sums[3] += row.general;
                    sums[4] += row.fund;
                    sums[5] += row.business;
                    sums[6] += row.generalBasic();
                }
            }
            boolean first = true;
            for (Map.Entry<String, long[]> e : table.entrySet()) {
                long[] v = e.getValue();
                s.append(first ? "" : ",\n").append("{\"code\": \"").append(e.getKey()).append("\", \"name\": ")
                        .append(j(catalogue.get(e.getKey()))).append(", \"level\": ").append(e.getKey().length())
                        .append(", \"total\": ").append(v[0]).append(", \"basic\": ").append(v[1]).append(", \"project\": ")
                        .append(v[2]).append(", \"general\": ").append(v[3]).append(", \"fund\": ").append(v[4])
                        .append(", \"business\": ").append(v[5]).append(", \"general_basic\": ").append(v[6]).append('}');
                first = false;
            }
            s.append("],\n\"economic\": [");
            first = true;
            for (Map.Entry<String, long[]> e : economic.entrySet()) {
                s.append(first ? "" : ",\n").append("{\"code\": \"").append(e.getKey()).append("\", \"name\": ")
                        .append(j(economicNames.get(e.getKey()))).append(", \"personnel\": ").append(e.getValue()[0])
                        .append(", \"office\": ").append(e.getValue()[1]).append('}');
                first = false;
            }
            s.append("],\n\"three_public\": [").append(three[0]).append(", ").append(three[1]).append(", ")
                    .append(three[2]).append(", ").append(three[3]).append(", ").append(three[4]).append("],\n")
                    .append("\"procurement\": [").append(procurement[0]).append(", ").append(procurement[1]).append(", ")
                    .append(procurement[2]).append(", ").append(procurement[3]).append(", ").append(procurement[4])
                    .append("],\n\"key_project\": \"").append(projects.get(0).id()).append("\"}\n");
            s.append("主要职能包括：\n\n- （一）").append(department.name()).append("的各项职能。\n\n");
            s.append("**部门预算编制说明**\n\n").append(year).append("年，").append(department.name())
                    .append("预算支出总额为 ").append(money(total * 100, true)).append(" 元。\n");
            g.write(g.hugo(year + "/" + department.id() + "/_index.md"), s.toString());
        }

        static void year(GenerateContent g, int year, int departments, FunctionTotals functions,
                TreeMap<String, String> catalogue) throws IOException {
            StringBuilder s = new StringBuilder("{\"title\": \"" + year + " 年\", \"type\": \"year\", \"url\": \"/" + year
                    + "/index.html\", \"year\": " + year + ", \"lei\": [");
            boolean first = true;
            for (Map.Entry<String, TreeMap<String, long[]>> e : functions.byCode.entrySet()) {
                if (e.getKey().length() == 3) {
                    long sum = e.getValue().values().stream().mapToLong(v -> v[0]).sum();
                    s.append(first ? "" : ", ").append("{\"code\": \"").append(e.getKey()).append("\", \"name\": ")
                            .append(j(catalogue.get(e.getKey()))).append(", \"total\": ").append(sum).append('}');
                    first = false;
                }
            }
            g.write(g.hugo(year + "/_index.md"), s.append("]}\n").toString());
            g.write(g.hugo(year + "/functions/_index.md"), "{\"title\": \"" + year
                    + " 年支出功能分类\", \"type\": \"functions\", \"url\": \"/" + year + "/functions/index.html\", \"year\": "
                    + year + "}\n");
            for (Map.Entry<String, TreeMap<String, long[]>> e : functions.byCode.entrySet()) {
                String code = e.getKey();
                StringBuilder f = new StringBuilder("{\"title\": " + j(code + " " + catalogue.get(code))
                        + ", \"type\": \"function\", \"url\": \"/" + year + "/functions/" + code + ".html\", \"year\": "
                        + year + ", \"code\": \"" + code + "\", \"level\": " + code.length() + ",\n\"spenders\": [");
                List<Map.Entry<String, long[]>> spenders = new ArrayList<>(e.getValue().entrySet());
                spenders.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
                for (int i = 0; i < spenders.size(); i++) {
                    long[] v = spenders.get(i).getValue();
                    f.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(spenders.get(i).getKey())
                            .append("\", \"name\": ").append(j(functions.departmentNames.get(spenders.get(i).getKey())))
                            .append(", \"total\": ").append(v[0]).append(", \"basic\": ").append(v[1])
                            .append(", \"project\": ").append(v[2]).append('}');
                }
                f.append("],\n\"children\": [");
                boolean firstChild = true;
                for (Map.Entry<String, TreeMap<String, long[]>> child : functions.byCode
                        .subMap(code, false, code + "\uffff", false).entrySet()) {
                    if (child.getKey().length() == (code.length() == 3 ? 5 : 7)) {
                        long sum = child.getValue().values().stream().mapToLong(v -> v[0]).sum();
                        f.append(firstChild ? "" : ", ").append("{\"code\": \"").append(child.getKey())
                                .append("\", \"name\": ").append(j(catalogue.get(child.getKey()))).append(", \"total\": ")
                                .append(sum).append('}');
                        firstChild = false;
                    }
                }
                f.append("]}\n");
                g.write(g.hugo(year + "/functions/" + code + ".md"), f.toString());
            }
        }
    }
}
