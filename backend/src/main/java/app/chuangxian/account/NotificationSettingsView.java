package app.chuangxian.account;

import app.chuangxian.notification.Channel;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NotificationSettings",
        description = "Where the signed-in account's messages reach it besides the message centre (always on)")
public record NotificationSettingsView(
        @Schema(nullable = true, example = "zhang@example.org")
        String email,

        @Schema(nullable = true, example = "13800000000") String phone,

        @Schema(
                enumeration = {"zh-CN", "en"},
                example = "zh-CN")
        String locale,

        @Schema(description = "The channels chosen, as a change sends them back")
        List<Channel> channels,

        @Schema(description = "Every channel, whether chosen and whether this deployment set it up")
        List<Option> options,

        @Schema(description = "The account's version, to send with a change", example = "3")
        long version) {

    @Schema(name = "ChannelOption", description = "A channel and where it stands for the account")
    public record Option(
            Channel channel,
            @Schema(description = "The account chose it") boolean chosen,

            @Schema(description = "This deployment set it up; one that is not cannot be chosen")
            boolean available,

            @Schema(description = "What it sends to: the account's EMAIL address or its PHONE")
            Channel.Address address) {}
}
