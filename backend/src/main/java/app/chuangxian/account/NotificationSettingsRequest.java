package app.chuangxian.account;

import app.chuangxian.common.error.CompleteReplacement;
import app.chuangxian.notification.Channel;
import app.chuangxian.notification.MessageLocale;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@CompleteReplacement.Whole
@Schema(
        name = "NotificationSettingsRequest",
        description = "The channels chosen, the language, and the addresses they send to, with the version read")
public record NotificationSettingsRequest(
        @Schema(nullable = true, description = "Needed for EMAIL") @Size(max = 100) @Email
        String email,

        @Schema(nullable = true, description = "Needed for SMS, WECOM and DINGTALK")
        @Size(max = 20)
        @Pattern(regexp = "^[0-9+ -]*$", message = "must be a phone number")
        String phone,

        @NotNull
        @Pattern(regexp = MessageLocale.PATTERN, message = "must be one of zh-CN, en")
        @Schema(
                enumeration = {"zh-CN", "en"},
                example = "zh-CN")
        String locale,

        @NotNull
        @Size(max = 4)
        @Schema(description = "The channels chosen; an empty list keeps only the message centre")
        List<@NotNull Channel> channels,

        @NotNull @Schema(example = "3") Long version) {}
