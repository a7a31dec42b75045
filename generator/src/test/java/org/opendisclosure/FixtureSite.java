package org.opendisclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.opendisclosure.problem.Problem;

/**
 * A small site declared inline in a test: files are written under a temporary root; the
 * repository's own templates are used unless the test writes its own.
 */
public final class FixtureSite {

    /** A department with two units, used by most fixtures. */
    public static final String DEPARTMENT = """
            id: dept
            name: 测试局
            units:
              - id: unit-a
                name: 测试中心
                kind: 事业
              - id: unit-b
                name: 测试局本部
                kind: 行政
            """;

    /** A catalogue with two 类, their 款 and 项, and two economic 类. */
    public static final String CATALOGUE = """
            year: 2019
            functional:
              "201": 一般公共服务支出
              "20110": 人力资源事务
              "2011001": 行政运行
              "2011050": 事业运行
              "208": 社会保障和就业支出
              "20801": 人力资源和社会保障管理事务
              "2080101": 行政运行
              "2080199": 其他人力资源和社会保障管理事务支出
            economic:
              "301": 工资福利支出
              "30101": 基本工资
              "302": 商品和服务支出
              "30201": 办公费
            """;

    /** A valid 2019 department budget of {@link #DEPARTMENT} on {@link #CATALOGUE}; its totals add up. */
    public static final String BUDGET = """
            department: dept
            year: 2019
            title: 测试局2019年部门预算
            sections:
              functions: |
                主要职能包括：

                - 测试。
            functional:
              - code: "2011001"
                name: 行政运行
                general_budget: 1,000
                basic: 1,000
              - code: "2011050"
                general_budget: 500
                basic: 200
                project: 300
              - code: "2080101"
                general_budget: 2,000
                basic: 1,500
                project: 500
            economic:
              - code: "30101"
                personnel: 2,200
              - code: "30201"
                office: 500
            three_public:
              overseas: 1.50
              reception: 2.00
              vehicle_purchase: 0.50
              vehicle_operation: 1.00
              vehicles_subtotal: 1.50
              total: 5.00
              operating_costs: 10.00
            procurement:
              total: 100
              goods: 30
              works: 20
              services: 50
            published_totals:
              income_total: 3,500
              functional:
                total:
                  total: 3,500
                  basic: 2,700
                  project: 800
                "201":
                  total: 1,500
                  basic: 1,200
              economic:
                "301":
                  personnel: 2,200
            """;

    /** A valid 2024 project. */
    public static final String PROJECT_2024 = """
            id: p2024
            year: 2024
            form: "2024"
            name: 热线项目
            department: dept
            unit: unit-a
            nature: 经常性专项业务费
            category: 特定目标类
            period:
              start: 2024-01-01
              end: 2024-12-31
            funding:
              annual_total: 73,985,000.40
              appropriation: 73985000.40
              carried_over: 0.00
              other: 0
            goals:
              annual: 保障热线全年正常运行。
            indicators:
              - level1: 产出指标
                groups:
                  - level2: 数量指标
                    items:
                      - name: 坐席人员数
                        target: "≥371(人)"
                      - name: 系统/设备租赁数
                        target: "≥556(台)"
                  - level2: 时效指标
                    items:
                      - name: 系统故障解决时间
                        target: 及时
              - level1: 满意度指标
                groups:
                  - level2: 服务对象满意度指标
                    items:
                      - name: 话后满意度
                        target: "≥98(%)"
            """;

    /** A valid 2019 project with sub-projects. */
    public static final String PROJECT_2019 = """
            id: p2019
            year: 2019
            form: "2019"
            name: 培训项目
            department: dept
            unit: unit-b
            nature: 经常性专项业务费
            purpose: 政府购买服务
            period:
              start: 2019-01
              end: 2019-12
            funding:
              project_total: 3511500
              annual_total: 3,511,500
              prior_year_budget: 5430000
              prior_year_execution: 2373044
            subprojects:
              - name: 师资进修
                amount: 2281500
              - name: 教研活动
                amount: 1230000
            overview: |
              第一段。

              第二段。
            indicators:
              - level1: 投入和管理目标
                items:
                  - name: 预算执行率
                    target: ">98%"
            """;

    /**
     * The 2019 project with sub-projects 1 元 short of 项目当年预算, and that discrepancy
     * acknowledged with {@code reason}.
     */
    public static String project2019WithAcknowledgedGap(String reason) {
        return PROJECT_2019.replace("amount: 1230000", "amount: 1229999") + """
                acknowledged:
                  - check: subprojects-total
                    at: subprojects
                    reason: %s
                """.formatted(reason);
    }

    private final Path root;

    private FixtureSite(Path root) {
        this.root = root;
    }

    public static FixtureSite in(Path root) {
        return new FixtureSite(root);
    }

    /** Writes {@code text} (UTF-8) at {@code relativePath} under the root. */
    public FixtureSite file(String relativePath, String text) {
        return bytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public FixtureSite bytes(String relativePath, byte[] bytes) {
        try {
            Path path = root.resolve(relativePath);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard site plus the catalogue and the budget. */
    public FixtureSite withBudget() {
        return standard().file("content/catalogues/2019.yaml", CATALOGUE)
                .file("content/budgets/2019/dept.yaml", BUDGET);
    }

    /** The standard department plus the two valid projects. */
    public FixtureSite standard() {
        return file("content/departments/dept.yaml", DEPARTMENT)
                .file("content/projects/2024/p2024.yaml", PROJECT_2024)
                .file("content/projects/2019/p2019.yaml", PROJECT_2019);
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path output() {
        return root.resolve("out/site");
    }

    /** Gives the fixture its own copy of the repository's templates, for a test that edits them. */
    public FixtureSite withOwnTemplates() {
        copyOfTemplates(root.resolve("templates"));
        return this;
    }

    /** The repository's templates, or the fixture's own when it wrote any. */
    public Path templates() {
        Path own = root.resolve("templates");
        return Files.isDirectory(own) ? own : repositoryRoot().resolve("templates");
    }

    public GenerationRequest request() {
        return new GenerationRequest(content(), templates(), output(), root,
                org.opendisclosure.content.ContentLimits.DEFAULT);
    }

    public GenerationResult generate() {
        return new SiteGenerator().generate(request());
    }

    /** Generates the site and fails the test unless it built without errors; for rendering tests. */
    public FixtureSite rendered() {
        GenerationResult result = generate();
        if (result.hasErrors()) {
            throw new AssertionError("the fixture site has errors:\n" + messages(result));
        }
        return this;
    }

    /**
     * Renders the bundled content ({@code content/} with {@code templates/}) into {@code output} and
     * fails the test unless it built without errors; returns {@code output}.
     */
    public static Path renderBundled(Path output) {
        Path repository = repositoryRoot();
        GenerationResult result = new SiteGenerator().generate(new GenerationRequest(repository.resolve("content"),
                repository.resolve("templates"), output, repository, org.opendisclosure.content.ContentLimits.DEFAULT));
        if (result.hasErrors()) {
            throw new AssertionError("the bundled content has errors:\n" + messages(result));
        }
        return output;
    }

    /** Formatted problems of a run, one per line, for assertions. */
    public static String messages(GenerationResult result) {
        return String.join("\n", result.problems().stream().map(Problem::format).toList());
    }

    public String read(String sitePath) {
        try {
            return Files.readString(output().resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checkout this test runs in (set by Surefire; falls back to the module's parent). */
    public static Path repositoryRoot() {
        String configured = System.getProperty("disclosure.repositoryRoot");
        return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** A copy of the bundled {@code content/} at {@code target}, for a test that changes it; returns {@code target}. */
    public static Path copyOfBundledContent(Path target) {
        return copyOfRepository("content", target);
    }

    /** A copy of the repository's {@code templates/} at {@code target}, for a test that edits them; returns {@code target}. */
    public static Path copyOfTemplates(Path target) {
        return copyOfRepository("templates", target);
    }

    private static Path copyOfRepository(String folder, Path target) {
        try {
            copyTree(repositoryRoot().resolve(folder), target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return target;
    }

    /** Copies a directory tree, for tests that change a copy of the bundled content. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
