<?php declare(strict_types=1);

if (!file_exists('madeline.php')) {
    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');
}
include 'madeline.php';

$MadelineProto = new \danog\MadelineProto\API('session.madeline');
$MadelineProto->start();

$Bool = $MadelineProto->account->updateEmojiStatus(
    emoji_status: [
        '_' => 'emojiStatus',
        'document_id' => 5368324170671202286,
        'until' => 1735689600,
    ],
);
