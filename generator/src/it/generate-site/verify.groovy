// The plugin rendered the site under target/site with the project page and its figures.
File site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, '404.html').isFile()
assert new File(site, 'assets/site.css').isFile()
String page = new File(site, '2024/projects/hotline.html').getText('UTF-8')
assert page.contains('73,985,000.40')
assert page.contains('≥98(%)')
assert page.contains('lang="zh-CN"')
String index = new File(site, 'index.html').getText('UTF-8')
assert index.contains('href="2024/index.html"')

// The department budget: eight tables computed from two rows, a chart, Markdown with raw HTML escaped.
String department = new File(site, '2024/departments/dept.html').getText('UTF-8')
assert department.count('<section class="data-table" id="table-') == 8
assert department.contains('75,185,000')
assert department.contains("role='img'")
assert department.contains('&lt;script&gt;alert(1)&lt;/script&gt;负责测试。')
assert !department.contains('<script>')
String code = new File(site, '2024/functions/208.html').getText('UTF-8')
assert code.contains('测试局')
assert code.contains('href="../../2024/functions/2080101.html"')
return true
