package app.chuangxian.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real parts messages go to in the tests: an SMTP server (GreenMail) and an HTTP server standing in for the SMS
 * gateway and the 企业微信 and 钉钉 robots, each on a free port, with the API's channel settings pointed at them. What
 * they receive is read by the tests over HTTP too ({@code /_mails}, {@code /_hooks}; {@code /_fail/{receiver}/{n}}
 * makes a receiver fail), through {@link Sinks}: the tests may run in another class loader than this resource.
 */
public class MessageSinks implements QuarkusTestResourceLifecycleManager {
    private GreenMail smtp;
    private HttpServer http;

    @Override
    public Map<String, String> start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ConcurrentLinkedQueue<Map<String, String>> hooks = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> fails = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String path : List.of("/sms", "/wecom", "/dingtalk")) {
            AtomicInteger failing = fails.computeIfAbsent(path.substring(1), p -> new AtomicInteger());
            http.createContext(path, exchange -> {
                Map<String, String> call = new LinkedHashMap<>();
                call.put("path", path);
                call.put("query", String.valueOf(exchange.getRequestURI().getRawQuery()));
                call.put(
                        "authorization",
                        String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
                call.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                hooks.add(call);
                boolean fail = failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
                String answer;
                int status = 200;
                if (path.equals("/sms")) {
                    status = fail ? 502 : 200;
                    answer = "{}";
                } else {
                    answer = fail
                            ? "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"
                            : "{\"errcode\":0,\"errmsg\":\"ok\"}";
                }
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
        }
        ObjectMapper json = new ObjectMapper();
        http.createContext(
                "/_mails", exchange -> answer(exchange, json.writeValueAsBytes(read(smtp.getReceivedMessages()))));
        http.createContext("/_hooks", exchange -> answer(exchange, json.writeValueAsBytes(List.copyOf(hooks))));
        http.createContext("/_fail/", exchange -> {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            fails.get(parts[2]).set(Integer.parseInt(parts[3]));
            answer(exchange, "{}".getBytes(StandardCharsets.UTF_8));
        });
        http.start();
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("app.channels.mail-host", "127.0.0.1");
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", Integer.toString(smtp.getSmtp().getPort()));
        config.put("quarkus.mailer.start-tls", "DISABLED");
        config.put("quarkus.mailer.from", "pingxuan@example.org");
        config.put("app.channels.sms-url", base + "/sms");
        config.put("app.channels.sms-token", Sinks.SMS_TOKEN);
        config.put("app.channels.wecom-url", base + "/wecom?key=test-key");
        config.put("app.channels.dingtalk-url", base + "/dingtalk?access_token=test-token");
        config.put("app.channels.dingtalk-secret", Sinks.DINGTALK_SECRET);
        config.put("app.channels.app-url", Sinks.APP_URL);
        return config;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static List<Map<String, String>> read(MimeMessage[] messages) {
        List<Map<String, String>> all = new ArrayList<>();
        for (MimeMessage m : messages) {
            try {
                Map<String, String> mail = new LinkedHashMap<>();
                mail.put("to", m.getRecipients(Message.RecipientType.TO)[0].toString());
                mail.put("from", m.getFrom()[0].toString());
                mail.put("subject", m.getSubject());
                mail.put("body", String.valueOf(m.getContent()).strip());
                all.add(mail);
            } catch (jakarta.mail.MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    @Override
    public void stop() {
        if (http != null) {
            http.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }
}
