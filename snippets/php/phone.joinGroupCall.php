<?php declare(strict_types=1);

if (!file_exists('madeline.php')) {
    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');
}
include 'madeline.php';

$MadelineProto = new \danog\MadelineProto\API('session.madeline');
$MadelineProto->start();

$Updates = $MadelineProto->phone->joinGroupCall(
    muted: true,
    video_stopped: true,
    call: [
        '_' => 'inputGroupCall',
        'id' => 5368324170671202286,
        'access_hash' => 4156887774564,
    ],
    join_as: '@durov',
    invite_hash: 'AbCdEf0123456789',
    public_key: "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f",
    block: 'arbitrary data here',
    params: ['_' => 'dataJSON', 'data' => '{"key":"value"}'],
);
