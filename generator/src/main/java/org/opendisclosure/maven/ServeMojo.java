package org.opendisclosure.maven;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opendisclosure.problem.Problem;
import org.opendisclosure.serve.PreviewLog;
import org.opendisclosure.serve.PreviewServer;

/**
 * Live preview for editors: builds the site, serves it on this machine, rebuilds whenever a file
 * in the content or template directory is saved, and reloads the open page. While the content
 * has errors the browser shows them instead of the page; the server keeps running. Stop it with
 * Ctrl+C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public class ServeMojo extends RenderingMojo {

    /** Where the preview site is built; kept apart from the published output. */
    @Parameter(property = "disclosure.previewDirectory", defaultValue = "${project.build.directory}/preview",
            required = true)
    File previewDirectory;

    /** The port to serve on; 0 picks a free one. */
    @Parameter(property = "disclosure.port", defaultValue = "8000")
    int port;

    /**
     * The address to listen on. The default makes the preview visible to this machine only; use
     * {@code 0.0.0.0} deliberately to show it on the local network.
     */
    @Parameter(property = "disclosure.host", defaultValue = "127.0.0.1")
    String host;

    @Override
    public void execute() throws MojoExecutionException {
        Log log = getLog();
        if (skipped("serve")) {
            return;
        }
        // The preview shows the working copy as it is being edited: no history to read on every save.
        PreviewServer server = new PreviewServer(request(previewDirectory).withChangeLog(false), new PreviewLog() {
            @Override
            public void problem(Problem problem) {
                print(List.of(problem), log);
            }

            @Override
            public void built(String summary) {
                log.info(summary);
            }
        });
        try {
            URI address = server.start(host, port);
            log.info("预览已启动：" + address + " （修改 " + contentDirectory.toPath().normalize() + " 或 "
                    + templateDirectory.toPath().normalize()
                    + " 下的文件后自动重新生成；按 Ctrl+C 停止）");
            new CountDownLatch(1).await();
        } catch (IOException e) {
            throw new MojoExecutionException("无法启动预览服务（端口 " + port + "）：" + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("关闭预览服务时出错：" + e.getMessage());
            }
        }
    }
}
