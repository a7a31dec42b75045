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
return true
