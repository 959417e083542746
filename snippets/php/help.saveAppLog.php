<?php declare(strict_types=1);

if (!file_exists('madeline.php')) {
    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');
}
include 'madeline.php';

$MadelineProto = new \danog\MadelineProto\API('session.madeline');
$MadelineProto->start();

$Bool = $MadelineProto->help->saveAppLog(
    events: [
        [
            '_' => 'inputAppEvent',
            'time' => 7.13,
            'type' => 'app_open',
            'peer' => -4156887774564,
            'data' => ['_' => 'jsonNull'],
        ],
    ],
);
