// disclosure:import read the workbook the site wrote for the department's budget. The first import
// added what the workbook prints and the hand-written file left out (names, published totals) and
// kept the rest; the second import found nothing to change. Nothing failed.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('已更新 content/budgets/2024/dept.yaml') : log
assert log.contains('  + code: "2080101" name: 行政运行') : log
assert log.count('导入的数据与文件中的相同，没有变化。') == 1 : log
assert log.contains('BUILD SUCCESS') : log
assert !log.contains('[ERROR]') : log
String budget = new File(basedir, 'content/budgets/2024/dept.yaml').getText('UTF-8')
assert budget.contains('    name: 行政运行\n')
assert budget.contains('    general_budget: 73,985,000\n')
assert budget.contains('- <script>alert(1)</script>负责测试。') : 'the hand-written sections are kept'
assert budget.contains('title: 测试局2024年部门预算')
return true
