// validate printed the exact file:line:column message, failed, and rendered nothing.
String log = new File(basedir, 'build.log').getText('UTF-8')
String expected = '[ERROR] content/projects/2024/broken.yaml:13:3: error: funding.annual_total（年度资金申请总额）: ' +
        '应等于 当年财政拨款 + 上年结转资金 + 其他资金 = 73,985,001.40 元；实际为 73,985,000.40 元，相差 -1.00 元 [funding-total]'
assert log.readLines().contains(expected) : "build.log lacks the line:\n" + expected
assert log.contains('内容有 1 个错误。Content has 1 error(s).')
assert !new File(basedir, 'target/site').exists()
return true
