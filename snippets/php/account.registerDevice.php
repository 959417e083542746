<?php declare(strict_types=1);

if (!file_exists('madeline.php')) {
    copy('https://phar.madelineproto.xyz/madeline.php', 'madeline.php');
}
include 'madeline.php';

$MadelineProto = new \danog\MadelineProto\API('session.madeline');
$MadelineProto->start();

$Bool = $MadelineProto->account->registerDevice(
    token_type: 2,
    token: 'device token from the push service',
    app_sandbox: true,
    secret: 'arbitrary data here',
    other_uids: [-4156887774564],
);
